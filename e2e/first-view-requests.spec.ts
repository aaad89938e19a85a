/**
 * Journey: a first view asks for nothing more than its scripts until its first poll. The data the header,
 * navigation, banner and the page show came in the first HTML (so no API is asked again on load), and no
 * link in view prefetches a page (each prefetch would be a server render). The page's clock is held so
 * that "until its first poll" is a fact of the test, not a race: timers run only as far as the test says.
 */
import { expect, test, type Page } from '@playwright/test';
import { HEALTHY } from './env';

/** The requests a page makes after its HTML, but its scripts, styles, fonts and icon. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.isNavigationRequest() && request.resourceType() === 'document') return;
    if (url.pathname.includes('/_next/static/') || request.resourceType() === 'other' && url.pathname.endsWith('/icon.svg')) return;
    seen.push(`${url.pathname}${url.search}`);
  });
  return seen;
}

/** Opens `path` with the clock held, lets timers run for 1.5 s of page time (the fastest poll is 2 s), and waits until the network is quiet. */
async function firstView(page: Page, path: string): Promise<string[]> {
  await page.clock.install({ time: new Date('2026-06-01T00:00:00Z') });
  await page.clock.pauseAt(new Date('2026-06-01T00:00:10Z'));
  const seen = recordRequests(page);
  await page.goto(`${HEALTHY.url}${path}`);
  await page.waitForLoadState('networkidle');
  await page.clock.runFor(1_500);
  await page.waitForLoadState('networkidle');
  // Whatever came after the load: once more, in case a late effect started a request.
  await page.clock.runFor(100);
  await page.waitForLoadState('networkidle');
  return seen;
}

test('a first view of the overview asks for no API and prefetches no page before its first poll', async ({ page }) => {
  const seen = await firstView(page, '/');
  await expect(page.locator('section[id^="group-"] a[aria-label]').first()).toBeVisible();
  expect(seen).toEqual([]);
});

for (const path of ['/usage', '/components/kube-proxy', '/pods', '/nodes']) {
  test(`a first view of ${path} prefetches no page`, async ({ page }) => {
    const seen = await firstView(page, path);
    expect(seen.filter((url) => url.includes('_rsc='))).toEqual([]);
  });
}

test('a first view of /usage asks for no API before its first poll (its tables came in the HTML)', async ({ page }) => {
  const seen = await firstView(page, '/usage');
  await expect(page.getByRole('table').first()).toBeVisible();
  expect(seen.filter((url) => url.includes('/api/'))).toEqual([]);
});
