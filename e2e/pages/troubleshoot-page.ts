/** Page object for `/troubleshoot`: the guide's three topics, the filters and the findings by severity. */
import type { Locator, Page } from '@playwright/test';
import { hydrated } from './hydrated';

export class TroubleshootPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/troubleshoot${query}`);
    await this.page.getByRole('heading', { name: 'Troubleshoot', level: 1 }).waitFor();
    await hydrated(this.page.getByRole('navigation', { name: 'Filter by severity' }).getByRole('link'));
  }

  topic(name: 'API server' | 'DNS' | 'Metrics server'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The findings section of one severity: "Critical", "Warnings", "Info". */
  severitySection(name: 'Critical' | 'Warnings' | 'Info'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  finding(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title });
  }

  severityFilter(name: RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Filter by severity' }).getByRole('link', { name });
  }

  areaFilter(name: RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Filter by area' }).getByRole('link', { name });
  }
}
