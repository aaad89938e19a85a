/**
 * Fault journeys: what the browser shows while the API server misbehaves, against a demo cluster whose
 * faults are changed at run time through its loopback admin endpoint (PUT /faults). Serial: the faults
 * are shared by every page of that dashboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { FAULTS } from './env';

test.describe.configure({ mode: 'serial' });

async function setFaults(patch: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${FAULTS.adminUrl}/faults`, { method: 'PUT', body: JSON.stringify(patch) });
  expect(response.ok, await response.text()).toBe(true);
}

async function resetFaults(): Promise<void> {
  expect((await fetch(`${FAULTS.adminUrl}/faults/reset`, { method: 'POST' })).ok).toBe(true);
}

/** Collect uncaught page errors (a crash in a component), to assert there were none. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** Replace one object in the demo cluster, as its controllers would (the loopback admin's PUT /objects). */
async function putObject(obj: unknown): Promise<void> {
  const response = await fetch(`${FAULTS.adminUrl}/objects`, { method: 'PUT', body: JSON.stringify(obj) });
  expect(response.ok, await response.text()).toBe(true);
}

/** Delete one object from the demo cluster, as `kubectl delete` would (the loopback admin's DELETE /objects). */
async function deleteObject(ref: { apiVersion: string; kind: string; namespace?: string; name: string }): Promise<void> {
  const response = await fetch(`${FAULTS.adminUrl}/objects`, { method: 'DELETE', body: JSON.stringify(ref) });
  expect(response.ok, await response.text()).toBe(true);
}

/** Open a page once the dashboard's cache has the object it shows (a 200, not its 404). */
async function openWhenServed(page: Page, path: string): Promise<void> {
  await expect(async () => {
    const response = await page.goto(`${FAULTS.url}${path}`);
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 15_000 });
}

const indicator = (page: Page) => page.getByRole('banner').getByRole('status').first();

test.afterEach(async () => {
  await resetFaults();
});

test('the API server down, then back: "Reconnecting…" with the time of the data, never "Live", and recovery without a reload', async ({ page }) => {
  const errors = pageErrors(page);
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${FAULTS.url}/`);
  await expect(page.getByRole('region', { name: 'Control plane' })).toBeVisible();
  await expect(indicator(page)).toContainText('Live');

  await setFaults({ down: true });
  const banner = page.getByRole('status').filter({ hasText: 'Reconnecting to the API server' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(banner).toContainText(/showing data as of \d{1,2}:\d{2}:\d{2}/);
  await expect(indicator(page)).toContainText('Reconnecting');
  // While it is down the data stays on screen, marked, and nothing claims to be live.
  await expect(page.getByRole('region', { name: 'Control plane' })).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await expect(indicator(page)).not.toContainText('Live');
    await page.waitForTimeout(1_500);
  }

  await setFaults({ down: false });
  await expect(banner).toBeHidden({ timeout: 45_000 });
  await expect(indicator(page)).toContainText('Live');
  expect(loads).toBe(1);
  expect(errors).toEqual([]);
});

test('403 on events: the events page says which permission is missing, the overview still works', async ({ page, request }) => {
  await setFaults({ forbid: ['events'] });
  // Existing watches keep running until they end; drop them so the next LIST meets the 403.
  await fetch(`${FAULTS.adminUrl}/watches/drop`, { method: 'POST' });
  await expect
    .poll(async () => ((await (await request.get(`${FAULTS.url}/api/overview`)).json()) as { freshness: { watches: { events: { state: string } } } }).freshness.watches.events.state, { timeout: 20_000 })
    .toBe('forbidden');

  await page.goto(`${FAULTS.url}/events`);
  const banner = page.getByRole('status').filter({ hasText: 'Events are forbidden' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('needs list and watch on events in kube-system');
  await expect(banner).toContainText('cannot list resource "events"');

  await page.goto(`${FAULTS.url}/`);
  await expect(page.getByRole('region', { name: 'Add-ons' }).getByRole('link', { name: /^CoreDNS: Healthy/ })).toBeVisible();
});

test('two seconds of latency on every API server call: the pages still show what the cache has', async ({ page }) => {
  const errors = pageErrors(page);
  await setFaults({ latencyMs: 2_000 });
  await page.goto(`${FAULTS.url}/`);
  await expect(page.getByRole('region', { name: 'Control plane' }).getByRole('link', { name: /^kube-apiserver: Healthy/ })).toBeVisible();
  await page.goto(`${FAULTS.url}/nodes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nodes' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('objects with missing and odd fields: every page loads without a page error', async ({ page }) => {
  // Nineteen pages, each waited to network idle: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const errors = pageErrors(page);
  await setFaults({ oddObjects: true });
  await expect
    .poll(async () => (await (await page.request.get(`${FAULTS.url}/api/pods/odd-no-status`)).status()), { timeout: 20_000 })
    .toBe(200);
  const paths = [
    '/',
    '/groups/control-plane',
    '/groups/node',
    '/components/kube-proxy',
    '/nodes',
    `/nodes/${encodeURIComponent('odd-node-ünïcødé-☃')}`,
    '/nodes/odd-node-no-status',
    '/events',
    '/health',
    '/troubleshoot',
    '/inventory',
    '/usage',
    '/pods',
    '/pods/odd-no-status',
    '/pods/odd-nulls',
    '/pods/odd-no-spec',
    '/pods/odd-empty-containers',
    '/pods/odd-unknown-phase',
    '/pods/odd-terminating',
  ];
  for (const path of paths) {
    const response = await page.goto(`${FAULTS.url}${path}`);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
    // Let the client fetch and render its data before moving on.
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});

test('a pod crashing in the cluster turns its card red within seconds, and back, without a reload', async ({ page, request }) => {
  const errors = pageErrors(page);
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${FAULTS.url}/`);
  await expect(page.getByRole('link', { name: 'Grafana: Healthy' })).toBeVisible();

  const overview = await (await request.get(`${FAULTS.url}/api/overview`)).json();
  const grafana = overview.groups.flatMap((g: { components: { id: string }[] }) => g.components).find((c: { id: string }) => c.id === 'grafana');
  const podName: string = grafana.pods[0].name;
  const original = parseYaml(await (await request.get(`${FAULTS.url}/api/pods/${podName}?format=yaml`)).text());
  const crashed = structuredClone(original);
  crashed.status.conditions = crashed.status.conditions.map((c: { type: string }) =>
    c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False', reason: 'ContainersNotReady' } : c,
  );
  crashed.status.containerStatuses = crashed.status.containerStatuses.map((s: Record<string, unknown>) => ({
    ...s,
    ready: false,
    started: false,
    restartCount: 4,
    state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 1m20s restarting failed container' } },
    lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: new Date().toISOString() } },
  }));
  await putObject(crashed);
  const card = page.getByRole('link', { name: /^Grafana: (Down|Degraded)$/ });
  await expect(card).toBeVisible({ timeout: 10_000 });
  await expect(card).toContainText('CrashLoopBackOff');

  delete original.metadata.resourceVersion;
  await putObject(original);
  await expect(page.getByRole('link', { name: 'Grafana: Healthy' })).toBeVisible({ timeout: 10_000 });
  expect(loads).toBe(1);
  expect(errors).toEqual([]);
});

test('a pod deleted while its page is open: the page becomes its 404, without a reload', async ({ page }) => {
  const errors = pageErrors(page);
  const name = 'kube-proxy-e2e-vanishing';
  await putObject({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
    spec: { containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.31.4' }] },
    status: { phase: 'Pending' },
  });
  await openWhenServed(page, `/pods/${name}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  let loads = 0;
  page.on('load', () => loads++);
  await deleteObject({ apiVersion: 'v1', kind: 'Pod', namespace: 'kube-system', name });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Pod ${name} was not found`, { timeout: 15_000 });
  await expect(page.getByText('Deployment and DaemonSet pods get new names when they are recreated')).toBeVisible();
  expect(loads).toBe(0);
  expect(errors).toEqual([]);
});

test('a node deleted while its page is open: the page becomes its 404, without a reload', async ({ page }) => {
  const errors = pageErrors(page);
  const name = 'e2e-vanishing-node';
  await putObject({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name } },
    status: { conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: new Date().toISOString() }] },
  });
  await openWhenServed(page, `/nodes/${name}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  let loads = 0;
  page.on('load', () => loads++);
  await deleteObject({ apiVersion: 'v1', kind: 'Node', name });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Node ${name} was not found`, { timeout: 15_000 });
  await expect(page.getByRole('link', { name: /All nodes/ })).toBeVisible();
  expect(loads).toBe(0);
  expect(errors).toEqual([]);
});
