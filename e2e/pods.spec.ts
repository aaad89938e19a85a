/**
 * Journey: /pods on the degraded demo — every kube-system pod, trouble first; sorted by a column header and
 * filtered by status, component, node and text, all in the URL (a reload or a shared link opens the same
 * view); the header search finds pods by status; the sidebar leads here and to /usage.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { PodsPage } from './pages/pods-page';

// Tall enough for the healthy and degraded demos' 26 pods to be on screen at once (the rows are virtualised).
test.use({ viewport: { width: 1366, height: 1400 } });

const NAME = 0;
const COMPONENT = 1;
const STATUS = 2;
const RESTARTS = 4;
const NODE = 6;

test('lists every kube-system pod, the ones that should be ready and are not first', async ({ page, request }) => {
  const api = (await (await request.get(`${DEGRADED.url}/api/pods?limit=1`)).json()) as { summary: { total: number; problems: number } };
  const pods = new PodsPage(page);
  await pods.goto(DEGRADED.url);
  await expect(pods.count()).toHaveText(`${api.summary.total} pods`);
  await expect(pods.columnHeader('Status')).toHaveAttribute('aria-sort', 'ascending');
  const statuses = await pods.column(STATUS);
  expect(statuses.length).toBe(api.summary.total);
  // The crash loop, the pods on the NotReady node and the unready metrics-server lead.
  expect(statuses.slice(0, api.summary.problems).every((s) => s !== 'Running' && s !== 'Completed')).toBe(true);
  expect(statuses).toContain('CrashLoopBackOff');
});

test('a column header sorts, and a second click reverses it; the sort is in the URL', async ({ page }) => {
  const pods = new PodsPage(page);
  await pods.goto(DEGRADED.url);
  await pods.sortButton('Restarts').click();
  await expect(page).toHaveURL(/\/pods\?sort=restarts$/);
  await expect(pods.columnHeader('Restarts')).toHaveAttribute('aria-sort', 'descending');
  await expect(pods.rows().first()).toContainText('CrashLoopBackOff');
  const restarts = (await pods.column(RESTARTS)).map((r) => Number(r.replace(/,/g, '')));
  expect(restarts).toEqual([...restarts].sort((a, b) => b - a));

  await pods.sortButton('Name').click();
  await expect(page).toHaveURL(/\/pods\?sort=name$/);
  let names = await pods.column(NAME);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  await pods.sortButton('Name').click();
  await expect(page).toHaveURL(/\/pods\?sort=name&order=desc$/);
  await expect(pods.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  names = await pods.column(NAME);
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));

  await page.reload();
  await expect(pods.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
});

test('filters by status, component, node and text, each in the URL', async ({ page }) => {
  const pods = new PodsPage(page);
  await pods.goto(DEGRADED.url);

  await pods.filter('Status').selectOption('CrashLoopBackOff');
  await expect(page).toHaveURL(/\?status=CrashLoopBackOff$/);
  await expect(pods.rows()).toHaveCount(1);
  await expect(pods.rows().first()).toContainText(/coredns-/);

  await pods.filter('Status').selectOption('notready');
  await expect(page).toHaveURL(/\?status=notready$/);
  await expect.poll(async () => (await pods.column(NAME)).length).toBeGreaterThan(2);
  await expect.poll(() => pods.column(STATUS)).not.toContain('Completed');

  await pods.filter('Status').selectOption('');
  await pods.filter('Component').selectOption('kube-proxy');
  await expect(page).toHaveURL(/\?component=kube-proxy$/);
  await expect(pods.rows()).toHaveCount(4);
  await expect.poll(async () => new Set(await pods.column(COMPONENT))).toEqual(new Set(['kube-proxy']));

  await pods.filter('Node').fill('worker-3');
  await expect(page).toHaveURL(/\?component=kube-proxy&node=worker-3$/);
  await expect(pods.rows()).toHaveCount(1);
  await expect.poll(() => pods.column(NODE)).toEqual(['worker-3']);
  await expect(pods.count()).toHaveText(/^1 of \d+ pods$/);

  await page.goto(`${DEGRADED.url}/pods?q=metrics-server`);
  await expect(pods.search()).toHaveValue('metrics-server');
  await expect(pods.rows()).toHaveCount(1);
  await expect(pods.rows().first()).toContainText(/Running, not ready/);

  await page.goto(`${DEGRADED.url}/pods?node=no-such-node`);
  await expect(page.getByText('No pod matches these filters')).toBeVisible();
});

test('the header search finds pods by status and opens the filtered list', async ({ page }) => {
  await page.goto(`${DEGRADED.url}/`);
  const box = page.getByRole('combobox', { name: 'Search components, pods, nodes and pod statuses' });
  await box.fill('CrashLoop');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toContainText('Pod status');
  await expect(options.first()).toContainText('CrashLoopBackOff');
  await expect(options.filter({ hasText: /^Pod\s*coredns-/ })).toHaveCount(1);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/pods\?status=CrashLoopBackOff$/);
  await expect(new PodsPage(page).rows()).toHaveCount(1);
});

test('the sidebar leads to the pod list and to top pods and nodes', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/`);
  const nav = page.getByRole('navigation', { name: 'Primary' });
  await nav.getByRole('link', { name: 'Pods' }).click();
  await expect(page).toHaveURL(/\/pods$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pods' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Pods' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Usage' }).click();
  await expect(page).toHaveURL(/\/usage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Resource usage' })).toBeVisible();
});

test('on the healthy demo every pod is ready and usage is shown; no accessibility violations', async ({ page }) => {
  const pods = new PodsPage(page);
  await pods.goto(HEALTHY.url, '?sort=cpu');
  await expect(pods.columnHeader('CPU')).toHaveAttribute('aria-sort', 'descending');
  await expect(pods.rows().first().getByRole('cell').nth(7)).toHaveText(/^\d+(\.\d)?m$|core/);
  await pods.filter('Status').selectOption('notready');
  await expect(page.getByText('No pod matches these filters')).toBeVisible();
  await page.goto(`${HEALTHY.url}/pods`);
  await pods.table().waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
