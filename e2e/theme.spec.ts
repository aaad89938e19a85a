/**
 * Journey: the colour theme. No script runs before the first paint: the server renders the cookie's
 * choice as the class on <html>, and without one the system's preference decides through CSS alone, so
 * even a page whose scripts never run is in the right theme. A choice shows in the other open tabs too.
 */
import { expect, test, type Page } from '@playwright/test';
import { HEALTHY } from './env';

const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(12, 13, 16)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('with scripts off, the system preference alone sets the theme: dark and light', async ({ browser }) => {
  for (const [colorScheme, expected] of [['dark', DARK_BG], ['light', LIGHT_BG]] as const) {
    const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${HEALTHY.url}/`);
    expect(await background(page), colorScheme).toBe(expected);
    await context.close();
  }
});

test('a choice overrides the system, holds across loads from the server alone, and "System" gives it back', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${HEALTHY.url}/`);
  expect(await background(page)).toBe(DARK_BG);
  await expect(page.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveClass('light');
  expect(await background(page)).toBe(LIGHT_BG);
  // The server renders the choice: the HTML carries it, and a page without scripts shows it.
  const html = await (await context.request.get(`${HEALTHY.url}/nodes`)).text();
  expect(html).toMatch(/<html lang="en" class="light"/);
  const noScripts = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false, storageState: await context.storageState() });
  const still = await noScripts.newPage();
  await still.goto(`${HEALTHY.url}/nodes`);
  expect(await background(still)).toBe(LIGHT_BG);
  await noScripts.close();

  await page.getByRole('button', { name: 'System theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/light|dark/);
  expect(await background(page)).toBe(DARK_BG);
  expect((await context.cookies()).map((c) => c.name)).not.toContain('kubesys-theme');
  await page.reload();
  expect(await background(page)).toBe(DARK_BG);
  await context.close();
});

test('a choice an earlier version kept in localStorage is carried over to the cookie once', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('kubesys-theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(`${HEALTHY.url}/`);
  await expect(page.locator('html')).toHaveClass('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('kubesys-theme'))).toBeNull();
  await page.reload();
  expect(await (await context.request.get(`${HEALTHY.url}/`)).text()).toMatch(/<html lang="en" class="dark"/);
  expect(await background(page)).toBe(DARK_BG);
  await context.close();
});

test('a choice made in one tab shows in the others at once', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`${HEALTHY.url}/`);
    await expect(page.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');
  }

  await first.getByRole('button', { name: 'Dark theme' }).click();
  await expect(second.locator('html')).toHaveClass('dark');
  await expect(second.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(second)).toBe(DARK_BG);

  await second.getByRole('button', { name: 'System theme' }).click();
  await expect(first.locator('html')).not.toHaveClass(/light|dark/);
  await expect(first.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(first)).toBe(LIGHT_BG);
  await context.close();
});
