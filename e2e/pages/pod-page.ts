/** Page object for `/pods/<name>`: tabs, the log viewer's controls and lines. */
import type { APIRequestContext, Locator, Page } from '@playwright/test';

export class PodPage {
  readonly logLines: Locator;

  constructor(readonly page: Page) {
    this.logLines = page.getByRole('log');
  }

  async open(name: string, query = ''): Promise<void> {
    await this.page.goto(`./pods/${encodeURIComponent(name)}${query ? `?${query}` : ''}`);
  }

  tab(name: 'Details' | 'YAML' | 'Events' | 'Logs'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  container(name: string): Locator {
    return this.page.getByRole('article', { name: `Container ${name}` });
  }

  get followButton(): Locator {
    return this.page.getByRole('button', { name: 'Follow', exact: true });
  }

  get filter(): Locator {
    return this.page.getByRole('searchbox', { name: 'Filter lines' });
  }

  get linesSelect(): Locator {
    return this.page.getByRole('combobox', { name: /^Lines/ });
  }

  get containerSelect(): Locator {
    return this.page.getByRole('combobox', { name: /^Container/ });
  }

  /** Rows of the virtualised log currently in the DOM. */
  rows(): Locator {
    return this.logLines.locator('[data-index]');
  }
}

/** Pod names of a component, from the dashboard's own overview (names differ per seed and scenario). */
export async function podsOf(request: APIRequestContext, baseUrl: string, componentId: string): Promise<Array<{ name: string; phase: string; restarts: number }>> {
  const response = await request.get(`${baseUrl}/api/overview?pods=all`);
  const body = (await response.json()) as { groups: Array<{ components: Array<{ id: string; pods: Array<{ name: string; phase: string; restarts: number }> }> }> };
  const component = body.groups.flatMap((g) => g.components).find((c) => c.id === componentId);
  return component?.pods ?? [];
}
