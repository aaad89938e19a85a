/**
 * Journey: every page hydrates what the server rendered without a mismatch and without errors in the
 * console, in both demo clusters and in both languages. Pages arrive with their first views, so the
 * browser's first render must be the server's: a `<ul>` inside a `<p>` (which the HTML parser splits), a
 * clock or a locale read only in the browser, or a first view used on one side only would each be a
 * React hydration error here (#418/#423), which the other journeys do not watch for.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';

const PAGES = ['/', '/groups/control-plane', '/components/coredns', '/components/kube-proxy', '/nodes', '/nodes/worker-1', '/pods', '/events', '/troubleshoot', '/health', '/inventory', '/usage', '/clusters'];

/** Uncaught errors and console errors of one page load, after its polls have had a moment. */
async function problemsOf(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const onError = (error: Error) => problems.push(`pageerror: ${error.message}`);
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  await page.goto(url);
  await expect(page.getByRole('main')).toBeVisible();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  page.off('pageerror', onError);
  page.off('console', onConsole);
  return problems;
}

for (const locale of ['en-US', 'ko-KR']) {
  test.describe(`hydration in ${locale}`, () => {
    test.use({ locale });

    for (const [name, target] of [['healthy', HEALTHY], ['degraded', DEGRADED]] as const) {
      test(`every page of the ${name} demo cluster hydrates without a mismatch or a console error`, async ({ page, request }) => {
        test.setTimeout(120_000);
        const component = (await (await request.get(`${target.url}/api/components/coredns`)).json()) as { pods: { items: { name: string }[] } };
        const coredns = component.pods.items[0];
        expect(coredns, 'a CoreDNS pod in the demo cluster').toBeDefined();
        const found: Record<string, string[]> = {};
        for (const path of [...PAGES, `/pods/${coredns!.name}`]) {
          const problems = await problemsOf(page, `${target.url}${path}`);
          if (problems.length > 0) found[path] = problems;
        }
        expect(found).toEqual({});
      });
    }
  });
}
