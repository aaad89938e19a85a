/**
 * Lists longer than a window: /nodes and /pods ask the server for 300 rows around the screen. Scrolled far
 * down, each asks for the window there, and the rows on screen are the server's rows at that offset (no
 * placeholder left, nothing shifted), with the row count of the whole list.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { LARGE } from './env';
import { hydrated } from './pages/hydrated';

/** A list answer's window, and the name of its row `index` of the whole list (rows are encoded; a row's first cell is its name). */
async function windowAt(response: Response, index: number): Promise<{ offset: number; name: string; matched: number }> {
  const body = (await response.json()) as { offset: number; matched: number; rows: [string, ...unknown[]][] };
  return { offset: body.offset, matched: body.matched, name: body.rows[index - body.offset]![0] };
}

/** Scrolls the list so that row `index` (0-based) is at its top, and waits for the window the page then asks for. */
async function scrollTo(page: Page, api: string, index: number): Promise<{ offset: number; name: string; matched: number }> {
  const grid = page.locator('[aria-rowcount]');
  await hydrated(grid);
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(api) && Number(new URL(r.url()).searchParams.get('offset')) > 0 && r.status() === 200);
  await grid.evaluate((el, row) => {
    const first = el.querySelector('[role="row"][aria-rowindex="2"]');
    el.scrollTop = row * (first?.getBoundingClientRect().height ?? 0);
  }, index);
  return windowAt(await answered, index);
}

test('/nodes scrolled to row 350 of 400 shows the server\'s nodes there', async ({ page }, testInfo) => {
  await page.goto(`${LARGE.url}/nodes`);
  const grid = page.locator('[aria-rowcount]');
  await expect(grid).toHaveAttribute('aria-rowcount', '401');
  const window = await scrollTo(page, '/api/nodes', 350);
  expect(window.offset).toBeGreaterThan(0);
  expect(window.offset).toBeLessThanOrEqual(350);
  // The row at the top of the screen is the answer's row 350, in place.
  await expect(grid.locator('[role="row"][aria-rowindex="352"]')).toContainText(window.name);
  expect(window.name).toMatch(/^worker-/);
  await page.screenshot({ path: testInfo.outputPath('nodes-row-350.png') });
  await expect(grid).toHaveAttribute('aria-rowcount', '401');
});

test('/pods scrolled to row 700 shows the server\'s pods there', async ({ page }, testInfo) => {
  await page.goto(`${LARGE.url}/pods`);
  const grid = page.locator('[aria-rowcount]');
  await expect(grid).not.toHaveAttribute('aria-rowcount', '1');
  const total = Number(await grid.getAttribute('aria-rowcount')) - 1;
  expect(total).toBeGreaterThan(700);
  const window = await scrollTo(page, '/api/pods', 700);
  expect(window.matched).toBe(total);
  expect(window.offset).toBeGreaterThan(0);
  expect(window.offset).toBeLessThanOrEqual(700);
  await expect(grid.locator('[role="row"][aria-rowindex="702"]')).toContainText(window.name);
  await page.screenshot({ path: testInfo.outputPath('pods-row-700.png') });
});
