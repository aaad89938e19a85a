/** Journey: the kube-system inventory — workloads, services, ConfigMaps on demand, NetworkPolicies in words, anchors. */
import { expect, test } from '@playwright/test';
import { HEALTHY } from './env';
import { expectNoSeriousA11yViolations } from './pages/a11y';

test('the inventory lists every kind with links, and a ConfigMap shows its data on demand', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/inventory`);
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
  const deployments = page.getByRole('region', { name: /^Deployments/ });
  await expect(deployments.getByRole('row', { name: /^coredns/ })).toContainText('2/2');
  await expect(deployments.getByRole('row', { name: /^coredns/ }).getByRole('link', { name: 'CoreDNS' })).toHaveAttribute('href', /\/components\/coredns$/);
  await expect(page.getByRole('region', { name: /^DaemonSets/ }).getByRole('row', { name: /^kube-proxy/ })).toBeVisible();
  const services = page.getByRole('region', { name: /^Services/ });
  await expect(services.getByRole('row', { name: /^kube-dns/ })).toContainText('10.96.0.10');
  await expect(services.getByRole('row', { name: /^kube-dns/ })).toContainText('53/UDP,53/TCP,9153/TCP');
  await expect(page.getByRole('region', { name: /^NetworkPolicies/ })).toContainText(
    'Allows ingress to pods k8s-app=metrics-server on TCP 10250 from anywhere.',
  );
  await expect(page.getByRole('region', { name: /^ServiceAccounts/ })).toContainText('coredns');
  const corefile = page.getByRole('region', { name: /^ConfigMaps/ }).getByRole('row', { name: /^coredns/ });
  await corefile.getByText('Show data').click();
  await expect(corefile).toContainText('Corefile');
  await expect(corefile.locator('pre')).toContainText('kubernetes cluster.local');
  await expectNoSeriousA11yViolations(page);
});

test('an anchor in the URL lands on its row', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/inventory#deployment-coredns`);
  await expect(page.locator('#deployment-coredns')).toBeInViewport();
});
