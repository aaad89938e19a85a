/** Journey: find nodes, filter the NotReady one through the URL, open a node and read why it is not ready. */
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { expectNoSeriousA11yViolations } from './pages/a11y';
import { NodeDetailPage, NodesPage } from './pages/nodes-page';

test('the node list shows every node with summary counts, versions and heartbeats', async ({ page }) => {
  const nodes = new NodesPage(page);
  await nodes.goto(HEALTHY.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Nodes' })).toBeVisible();
  await expect(nodes.row('control-plane-1')).toContainText('control-plane');
  await expect(nodes.row('control-plane-1')).toContainText('Ready');
  await expect(nodes.row('control-plane-1')).toContainText('v1.31.4');
  await expect(nodes.row('worker-1')).toContainText(/\d+ s ago|just now/);
  await expect(page.getByText(/^\d+ nodes$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the role filter lives in the URL and keeps only control-plane nodes', async ({ page }) => {
  const nodes = new NodesPage(page);
  await nodes.goto(HEALTHY.url);
  await expect(nodes.row('worker-1')).toBeVisible();
  // The list is asked for a window of rows at a time, never whole (5,000 nodes are not one answer).
  const asked = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('/api/nodes'));
  await nodes.role.selectOption('control-plane');
  expect(new URL((await asked).url()).searchParams.get('limit')).toBe('300');
  await expect(page).toHaveURL(/role=control-plane/);
  await expect(nodes.row('control-plane-1')).toBeVisible();
  await expect(nodes.row('worker-1')).toHaveCount(0);
});

test('degraded: the NotReady worker appears with the NotReady filter and its page shows the Ready message', async ({ page }) => {
  const nodes = new NodesPage(page);
  await nodes.goto(DEGRADED.url);
  await nodes.status.selectOption('notready');
  await expect(page).toHaveURL(/status=notready/);
  await expect(page.getByText(/^1 of \d+ nodes$/)).toBeVisible();
  const row = nodes.table.getByRole('row').filter({ hasText: 'NotReady' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ready=Unknown');
  await expect(row).toContainText('(stale)');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/nodes\/worker-\d+$/);
  const detail = new NodeDetailPage(page);
  await expect(detail.condition('Ready')).toContainText('Kubelet stopped posting node status.');
  await expect(detail.condition('Ready')).toContainText('Unknown');
  await expectNoSeriousA11yViolations(page);
});

test('a node page shows versions, capacity, kube-system pods and the kubectl commands', async ({ page }) => {
  const detail = new NodeDetailPage(page);
  await detail.goto(HEALTHY.url, 'worker-1');
  await expect(page.getByRole('heading', { level: 1, name: 'worker-1' })).toBeVisible();
  await expect(detail.section('Versions and system')).toContainText('(image of the kube-proxy pod)');
  await expect(detail.section('Capacity and allocatable').getByRole('row', { name: /^memory/ })).toContainText('GiB');
  await expect(detail.section(/kube-system pods on this node/).getByRole('link', { name: /^kube-proxy-/ })).toBeVisible();
  await expect(page.locator('#node-charts')).toBeAttached();
  await expect(page.getByText('kubectl describe node worker-1', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an unknown node shows the 404 page naming it', async ({ page }) => {
  const response = await page.goto(`${HEALTHY.url}/nodes/no-such-node-42`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Node no-such-node-42 was not found');
  await page.getByRole('link', { name: /All nodes/ }).click();
  await expect(page).toHaveURL(/\/nodes$/);
});

test('an unknown page shows the global 404 naming the path', async ({ page }) => {
  const response = await page.goto(`${HEALTHY.url}/no-such-page`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('no-such-page');
  await expect(page.getByRole('link', { name: /Back to the overview/ })).toBeVisible();
});
