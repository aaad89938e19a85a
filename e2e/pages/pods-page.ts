/** Page object for `/pods`: the filters, the sortable column headers and the virtualised rows. */
import type { Locator, Page } from '@playwright/test';
import { hydrated } from './hydrated';

export class PodsPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/pods${query}`);
    await this.table().waitFor();
    await hydrated(this.search());
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /^Pods \(/ });
  }

  /** Body rows (the header row is the first `row`), loaded ones only. */
  rows(): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('cell') }).filter({ hasNot: this.page.locator('[aria-busy="true"]') });
  }

  /** The cell texts of the loaded rows in one column, by its header's position (0 = Name). */
  async column(index: number): Promise<string[]> {
    return this.rows().evaluateAll((rows, i) => rows.map((r) => (r.querySelectorAll('[role="cell"]')[i]?.textContent ?? '').trim()), index);
  }

  sortButton(name: string): Locator {
    return this.table().getByRole('columnheader').getByRole('button', { name: new RegExp(`^${name}`) });
  }

  columnHeader(name: string): Locator {
    return this.table().getByRole('columnheader').filter({ hasText: new RegExp(`^${name}`) });
  }

  filter(label: 'Status' | 'Component' | 'Node'): Locator {
    return this.page.getByRole('search', { name: 'Filter pods' }).getByLabel(label);
  }

  search(): Locator {
    return this.page.getByRole('search', { name: 'Filter pods' }).getByRole('searchbox', { name: 'Search pods' });
  }

  count(): Locator {
    return this.page.getByRole('search', { name: 'Filter pods' }).getByText(/^(\d[\d,]* of )?\d[\d,]* pods$/);
  }
}
