/** Journey: jump anywhere from the header's search box with the keyboard. */
import { expect, test, type Page } from '@playwright/test';
import { HEALTHY } from './env';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search components, pods, nodes and pod statuses' });

/** Presses `/` until the page has hydrated and the shortcut focuses the box. */
async function focusWithSlash(page: Page): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused({ timeout: 1_000 });
  }).toPass();
}

test('/ focuses search; arrows and Enter open a node', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/health`);
  await expect(page.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
  await focusWithSlash(page);
  const box = searchBox(page);
  await page.keyboard.type('worker-2');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toContainText('worker-2');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nodes\/worker-2$/);
  await expect(page.getByRole('heading', { level: 1, name: 'worker-2' })).toBeVisible();
});

test('arrow keys move the selection and Escape closes the list', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/nodes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nodes' })).toBeVisible();
  await focusWithSlash(page);
  // Results arrive per keystroke; wait for the full query's answer before moving the selection.
  const answered = page.waitForResponse((response) => /\/api\/search\?q=coredns$/.test(response.url()));
  await page.keyboard.type('coredns');
  await answered;
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toContainText('Component');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toContainText('Pod');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
});
