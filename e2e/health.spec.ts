/** Journey: check the API server's own health, cluster-info, leader Leases and APIServices. */
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { expectNoSeriousA11yViolations } from './pages/a11y';

test('health lists readyz and livez checks, version, cluster-info and leader Leases', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/health`);
  await expect(page.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
  const readyz = page.getByRole('list', { name: 'readyz checks' });
  await expect(readyz.getByRole('listitem').filter({ hasText: /^etcd$/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'livez checks' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Version' })).toContainText('v1.31');
  await expect(page.getByRole('region', { name: 'Cluster info' })).toContainText(/CoreDNS is running at https:\/\/127\.0\.0\.1:\d+\/api\/v1\/namespaces\/kube-system\/services\/kube-dns:dns\/proxy/);
  await expect(page.getByRole('region', { name: 'Cluster info' })).toContainText('10.96.0.10');
  const leases = page.getByRole('region', { name: 'Leader election Leases' });
  await expect(leases.getByRole('row', { name: /^kube-scheduler/ })).toContainText('control-plane-1');
  await expect(leases.getByRole('row', { name: /^kube-controller-manager/ })).toContainText(/ago/);
  await expect(page.getByRole('region', { name: 'Aggregated APIServices' }).getByRole('row', { name: /v1beta1\.metrics\.k8s\.io/ })).toContainText('True');
  await expect(page.getByRole('button', { name: "Copy: kubectl get --raw='/readyz?verbose'" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('degraded: the metrics APIService shows unavailable with its reason', async ({ page }) => {
  await page.goto(`${DEGRADED.url}/health`);
  const row = page.getByRole('region', { name: 'Aggregated APIServices' }).getByRole('row', { name: /v1beta1\.metrics\.k8s\.io/ });
  await expect(row).toContainText('False');
  await expect(row).toContainText('MissingEndpoints');
  await expect(page.getByText(/v1beta1\.metrics\.k8s\.io unavailable/)).toBeVisible();
});
