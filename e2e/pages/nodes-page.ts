/** Page objects for `/nodes` (filters and the virtualised table) and `/nodes/<name>`. */
import type { Locator, Page } from '@playwright/test';
import { hydrated } from './hydrated';

export class NodesPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/nodes${query}`);
    await hydrated(this.status);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Nodes/ });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  get status(): Locator {
    return this.page.getByLabel('Status', { exact: true });
  }

  get role(): Locator {
    return this.page.getByLabel('Role');
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search nodes' });
  }
}

export class NodeDetailPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, name: string): Promise<void> {
    await this.page.goto(`${baseUrl}/nodes/${encodeURIComponent(name)}`);
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  condition(type: string): Locator {
    return this.section('Conditions').getByRole('row', { name: new RegExp(`^${type}\\b`) });
  }
}
