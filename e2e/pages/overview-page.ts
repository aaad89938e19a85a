/** Page object for `/`: the overview's groups and component cards. */
import type { Locator, Page } from '@playwright/test';

export class OverviewPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
  }

  group(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  /** A component card: one link whose accessible name starts with the component's name. */
  card(name: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${name}\\b`) });
  }
}
