/** Page object for the live usage charts (components/charts) on component and node pages. */
import type { Locator, Page } from '@playwright/test';

export class UsageCharts {
  constructor(readonly page: Page) {}

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
