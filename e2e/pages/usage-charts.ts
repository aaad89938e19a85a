/** Page object for the live usage charts (components/charts) on component and node pages. */
import { expect, type Locator, type Page } from '@playwright/test';

export class UsageCharts {
  constructor(readonly page: Page) {}

  /**
   * Scrolls the charts' place into view until they are mounted: they load when shown
   * (components/ui/when-visible.tsx), and content arriving above can push them out again.
   */
  async reveal(): Promise<void> {
    const place = this.page.locator('#charts, #node-charts').first();
    await expect(async () => {
      await place.scrollIntoViewIfNeeded();
      await expect(place.locator('[data-when-visible="shown"]')).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  }

  /** The chart's svg, by its accessible name ("CPU usage of CoreDNS"). */
  chart(name: string | RegExp): Locator {
    return this.page.getByRole('img', { name });
  }

  rangePicker(): Locator {
    return this.page.getByRole('group', { name: 'Time range' });
  }

  range(label: string): Locator {
    return this.rangePicker().getByRole('button', { name: label, exact: true });
  }

  /** The text alternative screen readers get instead of the chart. */
  summary(text: string | RegExp): Locator {
    return this.page.locator('figcaption .sr-only').filter({ hasText: text });
  }

  notice(title: string): Locator {
    return this.page.getByRole('status').filter({ hasText: title });
  }
}
