/**
 * The browser the journeys and the bench run in renders only the pages they open: no address bar popup
 * pre-rendered beside each window (see e2e/chromium.ts), which would share the two cores with the page.
 */
import { expect, test } from '@playwright/test';

test('a window holds the page it opened and no pre-rendered browser UI', async ({ browser, page }) => {
  await page.goto('data:text/html,<p>kube-system</p>');
  await expect(page.getByText('kube-system')).toBeVisible();
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  expect(targetInfos.filter((t) => t.type === 'page').map((t) => t.url)).toContain('data:text/html,<p>kube-system</p>');
  expect(targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => t.url)).toEqual([]);
});
