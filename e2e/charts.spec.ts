/**
 * Live usage charts: the component page's CPU and memory charts (accessible svg and text alternative),
 * the range picker in the URL, a node's charts, the usage API, and the degraded cluster's
 * "Metrics unavailable" with the APIService's message while the rest of the page works.
 */
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { ComponentPage } from './pages/component-page';
import { UsageCharts } from './pages/usage-charts';

test.describe('usage charts', () => {
  test("the component page charts CoreDNS's CPU and memory with a text alternative", async ({ page }) => {
    const component = new ComponentPage(page);
    const charts = new UsageCharts(page);
    await component.goto(HEALTHY.url, 'coredns');
    await charts.reveal();
    const cpu = charts.chart('CPU usage of CoreDNS');
    await expect(cpu).toBeVisible();
    expect(await cpu.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    await expect(charts.chart('Memory usage of CoreDNS')).toBeVisible();
    await expect(charts.summary(/^CPU usage of CoreDNS [\d.]+m now, peak [\d.]+m, average [\d.]+m (in the last hour|since \d\d:\d\d)$/)).toHaveCount(1);
    await expect(charts.summary(/^Memory usage of CoreDNS [\d.]+ MiB now/)).toHaveCount(1);
    await expect(page.getByText('requests 200m')).toBeVisible();
  });

  test('a history shorter than the range starts at its first sample and says since when', async ({ page, request }) => {
    const usage = (await (await request.get(`${HEALTHY.url}/api/usage/components/coredns?range=1h`)).json()) as { total: { cpu: [number, number][] }; stepSeconds: number; generatedAt: string };
    const first = usage.total.cpu[0]![0];
    const isShort = first > Date.parse(usage.generatedAt) / 1000 - 3_600 + usage.stepSeconds;
    const charts = new UsageCharts(page);
    await new ComponentPage(page).goto(HEALTHY.url, 'coredns');
    await charts.reveal();
    await expect(charts.chart('CPU usage of CoreDNS')).toBeVisible();
    const reading = page.locator('figcaption').filter({ hasText: /^CPU/ }).locator('[aria-hidden="true"]');
    if (isShort) {
      // A dashboard started minutes ago: the line fills the chart from its first sample.
      await expect(reading).toHaveText(/^[\d.]+m now · peak [\d.]+m · since \d\d:\d\d$/);
      await expect(charts.summary(/^CPU usage of CoreDNS .* since \d\d:\d\d$/)).toHaveCount(1);
    } else {
      await expect(reading).toHaveText(/^[\d.]+m now · peak [\d.]+m$/);
    }
  });

  test('the range picker puts the range in the URL and keeps it on reload', async ({ page }) => {
    const charts = new UsageCharts(page);
    await new ComponentPage(page).goto(HEALTHY.url, 'coredns');
    await charts.reveal();
    await expect(charts.range('1h')).toHaveAttribute('aria-pressed', 'true');
    await charts.range('15m').click();
    await expect(page).toHaveURL(/[?&]range=15m/);
    await expect(charts.summary(/(in the last 15 minutes|since \d\d:\d\d)$/).first()).toBeAttached();
    await charts.range('6h').click();
    await expect(page).toHaveURL(/[?&]range=6h/);
    await expect(charts.notice('History limited')).toContainText('6h needs Prometheus; kubesys keeps 1h in memory');
    await page.reload();
    await expect(charts.range('6h')).toHaveAttribute('aria-pressed', 'true');
  });

  test("a node's page charts its usage against allocatable", async ({ page }) => {
    const charts = new UsageCharts(page);
    await page.goto(`${HEALTHY.url}/nodes/worker-1`);
    await charts.reveal();
    await expect(charts.chart('CPU usage of node worker-1')).toBeVisible();
    await expect(charts.summary(/^Memory usage of node worker-1 .* now.*% of allocatable/)).toHaveCount(1);
    // Scaled to the node's use: allocatable is drawn at its value, or marked at the top when far above it.
    await expect(page.getByText(/^allocatable [\d.]+ cores(, above this scale ↑)?$/).first()).toBeVisible();
  });

  test('degraded: the chart says metrics are unavailable, with the APIService message, and the page still works', async ({ page }) => {
    const component = new ComponentPage(page);
    const charts = new UsageCharts(page);
    await component.goto(DEGRADED.url, 'coredns');
    await charts.reveal();
    const notice = charts.notice('Metrics unavailable');
    await expect(notice).toContainText('the metrics.k8s.io APIService is not available');
    await expect(notice).not.toContainText(/Metrics unavailable · metrics unavailable/i);
    await expect(notice).toContainText('v1beta1.metrics.k8s.io: Not available MissingEndpoints');
    await expect(notice).toContainText('metrics-server pods ready: 0/1');
    await expect(charts.chart(/CPU usage/)).toHaveCount(0);
    await expect(component.heading('CoreDNS')).toBeVisible();
    await expect(component.podRows().first()).toBeVisible();
  });
});

test.describe('usage API', () => {
  test('top pods and nodes answer like kubectl top, sorted', async ({ request }) => {
    const pods = await (await request.get(`${HEALTHY.url}/api/usage/top/pods?sort=memory&limit=5`)).json();
    expect(pods.rows).toHaveLength(5);
    const memory = pods.rows.map((r: { memory: number }) => r.memory);
    expect(memory).toEqual([...memory].sort((a: number, b: number) => b - a));
    const nodes = await (await request.get(`${HEALTHY.url}/api/usage/top/nodes`)).json();
    expect(nodes.rows.length).toBeGreaterThan(0);
    expect(nodes.rows[0].cpuPercent).toBeGreaterThanOrEqual(0);
  });

  test('a range beyond memory says it needs Prometheus; a bad range or component is refused', async ({ request }) => {
    const long = await (await request.get(`${HEALTHY.url}/api/usage/components/coredns?range=7d`)).json();
    expect(long.source).toEqual({ kind: 'memory', notice: '7d needs Prometheus; kubesys keeps 1h in memory' });
    const bad = await request.get(`${HEALTHY.url}/api/usage/groups?range=2y`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe('BadRequest');
    expect((await request.get(`${HEALTHY.url}/api/usage/components/no-such-thing`)).status()).toBe(404);
  });
});
