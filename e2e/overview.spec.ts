/** Journey: open the dashboard on the demo cluster and read kube-system's health at a glance. */
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { OverviewPage } from './pages/overview-page';

test('the overview shows the four groups of the healthy demo cluster with their components', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.goto(HEALTHY.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  for (const group of ['Control plane', 'Node components', 'Add-ons', 'Monitoring']) {
    await expect(overview.group(group)).toBeVisible();
  }
  await expect(overview.group('Control plane').getByRole('link', { name: 'kube-apiserver: Healthy' })).toBeVisible();
  await expect(overview.group('Node components').getByRole('link', { name: 'kubelet: Healthy' })).toBeVisible();
  await expect(overview.group('Add-ons').getByRole('link', { name: 'CoreDNS: Healthy' })).toContainText('2 of 2 pods ready');
  await expect(overview.group('Monitoring').getByRole('link', { name: 'Prometheus: Healthy' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('kubesys-demo');
  await expect(page.getByRole('banner')).toContainText('v1.31');
});

test('the degraded demo cluster shows what is wrong, with reasons', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.goto(DEGRADED.url);
  const coredns = overview.group('Add-ons').getByRole('link', { name: /^CoreDNS: (Degraded|Down)/ });
  await expect(coredns).toContainText(/CrashLoopBackOff/);
  await expect(coredns).toContainText(/1 of 2 pods ready/);
  const kubelet = overview.group('Node components').getByRole('link', { name: /^kubelet: (Degraded|Down)/ });
  await expect(kubelet).toContainText(/NotReady/);
});

test('a card links to its component page', async ({ page }) => {
  await new OverviewPage(page).goto(HEALTHY.url);
  const card = page.getByRole('link', { name: 'etcd: Healthy' });
  await expect(card).toHaveAttribute('href', /\/components\/etcd$/);
});
