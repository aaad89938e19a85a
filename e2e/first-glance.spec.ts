/**
 * Journey: the first glance on the degraded demo. "Needs attention" names every unhealthy component with
 * its cause above the fold (1366×768 and 1920×1080); the causes are the ones an operator acts on (the
 * NotReady node, the failing probe, the crash loop's exit, the APIService); every finding leads to its
 * evidence; the component page reads top-down (status, findings, pods, usage, logs, events, then specs).
 */
import { expect, test, type Page } from '@playwright/test';
import type { OverviewResponse } from '../lib/api/types';
import { DEGRADED, HEALTHY } from './env';
import { ComponentPage } from './pages/component-page';
import { TroubleshootPage } from './pages/troubleshoot-page';

const needsAttention = (page: Page) => page.getByRole('region', { name: 'Needs attention' });

async function unhealthyComponents(page: Page) {
  const overview = (await (await page.request.get(`${DEGRADED.url}/api/overview`)).json()) as OverviewResponse;
  return overview.groups.flatMap((g) => g.components).filter((c) => c.status !== 'healthy');
}

for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`at ${viewport.width}×${viewport.height} every unhealthy component's name and cause are visible without scrolling`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const unhealthy = await unhealthyComponents(page);
    expect(unhealthy.map((c) => c.id).sort()).toEqual(['calico', 'coredns', 'etcd-backup', 'kube-proxy', 'kubelet', 'metrics-server']);
    await page.goto(`${DEGRADED.url}/`);
    const list = needsAttention(page).getByRole('list', { name: 'Needs attention' });
    await expect(list).toBeVisible();
    for (const component of unhealthy) {
      const row = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: component.name, exact: true }) });
      await expect(row, component.id).toBeInViewport({ ratio: 1 });
      // The cause is shown whole (wrapped, never cut), within the first screen.
      const cause = row.getByText(component.reasons[0]!.slice(0, 40), { exact: false });
      await expect(cause, component.id).toBeInViewport({ ratio: 1 });
    }
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBe(0);
  });
}

test('the critical findings are listed too, each linking to its evidence', async ({ page }) => {
  await page.goto(`${DEGRADED.url}/`);
  const list = needsAttention(page).getByRole('list', { name: 'Needs attention' });
  const node = list.getByRole('listitem').filter({ hasText: 'Node worker-3 is NotReady (NodeStatusUnknown)' });
  await expect(node.getByRole('link', { name: 'worker-3', exact: true })).toHaveAttribute('href', /\/nodes\/worker-3$/);
  const dns = list.getByRole('listitem').filter({ hasText: /^Critical.*Resolving kubernetes\.default/ });
  await dns.getByRole('link', { name: 'Logs of CoreDNS (all pods)' }).click();
  await expect(page).toHaveURL(/\/components\/coredns\/logs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logs of coredns' })).toBeVisible();
});

test('on the healthy demo "Needs attention" is one line that says all is well', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/`);
  await expect(needsAttention(page)).toContainText(/^Needs attention.*All 15 components are healthy and no check found a critical problem\.$/);
  await expect(needsAttention(page).getByRole('list', { name: 'Needs attention' })).toHaveCount(0);
});

test('the reasons name the cause, never a phase', async ({ page }) => {
  await page.goto(`${DEGRADED.url}/`);
  const list = needsAttention(page).getByRole('list', { name: 'Needs attention' });
  const row = (name: string) => list.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row('kube-proxy')).toContainText(/3 of 4 pods ready: kube-proxy-\w+ is on node worker-3, which is NotReady \(kubelet stopped posting node status\)/);
  await expect(row('Calico')).toContainText(/is on node worker-3, which is NotReady/);
  await expect(row('CoreDNS')).toContainText(/1 of 2 pods ready: coredns-[\w-]+ CrashLoopBackOff, \d+ restarts; last exit code 1 \(Error\)/);
  await expect(row('metrics-server')).toContainText(/0 of 1 pod ready: metrics-server-[\w-]+ readiness probe failing \(\d+ times in \d+m\): HTTP probe failed with statuscode: 500/);
  await expect(row('etcd-backup')).toContainText(/last run etcd-backup-\d+ failed \(BackoffLimitExceeded\): exit code 1 \(Error\)/);
  await expect(row('kubelet')).toContainText('node worker-3 NotReady: kubelet stopped posting node status');
  await expect(list).not.toContainText(/ready: [\w-]+ Running\b/);

  const component = new ComponentPage(page);
  await component.goto(DEGRADED.url, 'metrics-server');
  await expect(component.reasons()).toContainText('readiness probe failing');
  await expect(component.reasons()).toContainText('APIService v1beta1.metrics.k8s.io not available: MissingEndpoints');
});

test('the component page reads top-down: status, findings, pods, usage, logs, events, then the specs', async ({ page }) => {
  const component = new ComponentPage(page);
  await component.goto(DEGRADED.url, 'coredns');
  await expect(component.section(/^Findings/)).toBeVisible();
  const order = ['Status reasons', /^Findings \(\d+\)$/, 'Pods', 'Live resource usage', 'Logs', /^Events/, 'Containers', 'Command-line flags', 'Probes', 'Requests and limits', 'Volumes', 'Related Services and ConfigMaps', 'kubectl commands'];
  // Sections that load when shown change height meanwhile: read every top again until one reading is in order.
  await expect(async () => {
    const tops: number[] = [];
    for (const name of order) {
      const target = name === 'Status reasons' ? component.reasons() : component.section(name);
      const box = await target.boundingBox();
      expect(box, String(name)).not.toBeNull();
      tops.push(box!.y);
    }
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  }).toPass();
  const jump = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  await expect(jump).toHaveText(['Pods', 'Usage', 'Logs', 'Events', 'Containers', 'Flags', 'Probes', 'Resources', 'Volumes', 'Services & ConfigMaps', 'kubectl']);
});

test("the component page shows its pods' newest logs and opens all of them", async ({ page }) => {
  const component = new ComponentPage(page);
  await component.goto(HEALTHY.url, 'kube-apiserver');
  const logs = component.section('Logs');
  // The preview reads every pod's log: it loads when the section is shown.
  await expect(async () => {
    await logs.scrollIntoViewIfNeeded();
    await expect(logs.locator('[data-when-visible="shown"]')).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(logs.getByRole('log', { name: 'Newest log lines of kube-apiserver' })).toContainText(/\S/);
  // The usage charts come before the 27 flag rows, as reading order wants.
  expect((await component.section('Live resource usage').boundingBox())!.y).toBeLessThan((await component.section('Command-line flags').boundingBox())!.y);
  await logs.getByRole('link', { name: 'Open the logs of all pods' }).click();
  await expect(page).toHaveURL(/\/components\/kube-apiserver\/logs$/);
});

test("the crash-loop finding opens the previous container's log", async ({ page }) => {
  const view = new TroubleshootPage(page);
  await view.goto(DEGRADED.url);
  const crash = view.finding(/^CoreDNS pod coredns-\S+ is crash-looping/);
  const link = crash.getByRole('group', { name: 'Evidence in the dashboard' }).getByRole('link', { name: 'Previous log of container coredns' });
  await expect(link).toHaveAttribute('href', /\/pods\/coredns-[\w-]+\?tab=logs&container=coredns&previous=1$/);
  await link.click();
  await expect(page.getByRole('tab', { name: /Logs/, selected: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Previous container/ })).toContainText('exit code 1 (Error)');
  await expect(page.getByRole('button', { name: 'Previous container' })).toHaveAttribute('aria-pressed', 'true');
});

test('every finding on /troubleshoot has a link to its evidence, and a rule\'s repeats are one card', async ({ page }) => {
  const view = new TroubleshootPage(page);
  await view.goto(DEGRADED.url);
  const info = view.severitySection('Info');
  await expect(info.getByRole('article')).toHaveCount(0);
  await info.getByRole('heading', { name: /^Info/ }).click();
  const unbounded = view.finding(/^\d+ components run containers without requests or a memory limit$/);
  await expect(unbounded).toHaveCount(1);
  await expect(unbounded.getByRole('list', { name: /subjects$/ }).getByRole('listitem')).toHaveCount(10);
  const articles = page.getByRole('article');
  const count = await articles.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await expect(articles.nth(i).getByRole('link').first()).toBeAttached();
  // Critical first, before the warnings and the guide's topics.
  const critical = (await view.severitySection('Critical').boundingBox())!.y;
  expect(critical).toBeLessThan((await view.severitySection('Warnings').boundingBox())!.y);
  expect(critical).toBeLessThan((await view.topic('DNS').boundingBox())!.y);
});

test('a multi-container pod\'s logs open on its default container, as kubectl logs does', async ({ page, request }) => {
  const pods = (await (await request.get(`${HEALTHY.url}/api/pods?component=prometheus`)).json()) as { rows: [string][] };
  const name = pods.rows[0]![0];
  await page.goto(`${HEALTHY.url}/pods/${name}?tab=logs`);
  // The picker, not the log region, whose name ("Log lines of …, container …") holds the word too.
  await expect(page.getByRole('combobox', { name: /^Container/ })).toHaveValue('prometheus-server');
});
