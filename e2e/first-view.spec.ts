/**
 * Journey: pages arrive with their data (the first HTML holds the overview's cards and a component's pods,
 * before any script runs), and an open page's polls that find nothing new are 304s without a body while
 * the page stays as it was.
 */
import { expect, test } from '@playwright/test';
import { HEALTHY } from './env';

test('the first HTML holds the overview cards and a component page holds its pods', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${HEALTHY.url}/`);
  await expect(page.getByRole('heading', { level: 2, name: /control plane/i })).toBeVisible();
  await expect(page.getByRole('link', { name: 'etcd: Healthy' })).toBeVisible();

  await page.goto(`${HEALTHY.url}/components/coredns`);
  await expect(page.getByRole('heading', { level: 1, name: /coredns/i })).toBeVisible();
  await expect(page.locator('#pods').getByRole('link', { name: /^coredns-/ }).first()).toBeVisible();
  await context.close();
});

test("a component page's polls that find nothing new are 304s, and the page keeps its data", async ({ page }) => {
  test.setTimeout(90_000);
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('/api/components/coredns')) statuses.push(response.status());
  });
  await page.goto(`${HEALTHY.url}/components/coredns`);
  await expect(page.locator('#pods').getByRole('link', { name: /^coredns-/ }).first()).toBeVisible();
  // The page polls every 3 s; a busy machine delays the first polls.
  await expect.poll(() => statuses.filter((s) => s === 304).length, { timeout: 45_000 }).toBeGreaterThanOrEqual(1);
  expect(statuses.every((s) => s === 200 || s === 304)).toBe(true);
  await expect(page.locator('#pods').getByRole('link', { name: /^coredns-/ }).first()).toBeVisible();
  await expect(page.getByText(/couldn't load/i)).toHaveCount(0);
});
