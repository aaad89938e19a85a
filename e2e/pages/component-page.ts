/** Page object for `/components/<id>`: header, sections, flags table, kubectl commands. */
import type { Locator, Page } from '@playwright/test';

export class ComponentPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, id: string) {
    return this.page.goto(`${baseUrl}/components/${encodeURIComponent(id)}`);
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  reasons(): Locator {
    return this.page.getByRole('list', { name: 'Status reasons' });
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  flagsTable(container: string): Locator {
    return this.page.getByRole('table', { name: `Flags of ${container}` });
  }

  /** Body rows of the pods table, in display order. */
  podRows(): Locator {
    return this.section('Pods').getByRole('table').locator('tbody tr');
  }

  kubectlCommand(command: string): Locator {
    return this.section('kubectl commands').getByText(command, { exact: true });
  }
}
