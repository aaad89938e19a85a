/** The fleet page and the header's switcher, as the multi-cluster journeys use them. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ClustersPage {
  constructor(readonly page: Page) {}

  async open(base: string): Promise<void> {
    await this.page.goto(`${base}/clusters`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible();
  }

  /** One cluster's card (an article named by its context). */
  card(context: string): Locator {
    return this.page.getByRole('list', { name: 'Clusters' }).getByRole('article', { name: context, exact: true });
  }
}

/** The header's switcher: the cluster in view, and a choice of the others. */
export function clusterSwitcher(page: Page): Locator {
  return page.getByRole('banner').getByRole('combobox', { name: 'Cluster context' });
}

/** The header's name of the cluster whose data is shown (from the overview it polls). */
export function clusterInView(page: Page): Locator {
  return page.getByRole('banner').getByTitle(/^https:\/\//);
}

/** The banner under the header while the cluster in view does not answer. */
export function connectionBanner(page: Page): Locator {
  return page.getByRole('banner').getByRole('status').filter({ hasText: /: demo-/ });
}
