/**
 * Journey: from the overview to a component page, read what it is, its flags, its configuration, its
 * coverage and why it is degraded; copy the kubectl commands; an unknown component is a 404 page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { ComponentPage } from './pages/component-page';

async function expectNoSeriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('kube-apiserver shows its flags, probes, health evidence and kubectl commands', async ({ page }) => {
  const component = new ComponentPage(page);
  await page.goto(`${HEALTHY.url}/`);
  await page.getByRole('link', { name: /^kube-apiserver\b/ }).click();
  await expect(page).toHaveURL(/\/components\/kube-apiserver$/);
  await expect(component.heading('kube-apiserver')).toBeVisible();
  await expect(page.getByText('The front door of the cluster')).toBeVisible();

  const flags = component.flagsTable('kube-apiserver');
  await expect(flags.getByRole('row').filter({ hasText: '--authorization-mode' })).toContainText('Node,RBAC');
  await expect(flags.getByRole('row').filter({ hasText: '--etcd-servers' })).toContainText('https://127.0.0.1:2379');
  await expect(component.section('Probes')).toContainText('HTTPS GET :6443/livez every 10s, timeout 15s, failure after 8');
  await expect(component.section('Health evidence')).toContainText(/readyz\?verbose: (\d+) of \1 checks pass/);

  await expect(component.kubectlCommand('kubectl get pods -n kube-system -l component=kube-apiserver -o wide')).toBeVisible();
  await expect(component.kubectlCommand('kubectl describe pod kube-apiserver-control-plane-1 -n kube-system')).toBeVisible();
  await expect(component.kubectlCommand("kubectl get --raw='/readyz?verbose'")).toBeVisible();
  const copy = page.getByRole('button', { name: 'Copy: kubectl get pods -n kube-system -l component=kube-apiserver -o wide' });
  await copy.click();
  await expect(copy).toContainText('Copied');

  await expect(page.locator('#charts #component-charts')).toHaveCount(1);
  await expectNoSeriousViolations(page);
});

test('CoreDNS shows its Service, the Corefile and links its pods', async ({ page }) => {
  const component = new ComponentPage(page);
  await component.goto(HEALTHY.url, 'coredns');
  await expect(component.heading('CoreDNS')).toBeVisible();
  const related = component.section('Related Services and ConfigMaps');
  await expect(related.getByRole('row').filter({ hasText: 'kube-dns' })).toContainText('10.96.0.10');
  const corefile = related.getByLabel('Corefile', { exact: true });
  await expect(corefile).toContainText('kubernetes cluster.local in-addr.arpa ip6.arpa');
  await expect(corefile).toContainText('forward . /etc/resolv.conf');
  await expect(component.kubectlCommand('kubectl get pods -n kube-system -l k8s-app=kube-dns -o wide')).toBeVisible();
  await expect(component.kubectlCommand('kubectl logs -n kube-system -l k8s-app=kube-dns --tail=100 --prefix')).toBeVisible();
  await expect(component.podRows()).toHaveCount(2);
  const firstPod = component.podRows().first().getByRole('link').first();
  await expect(firstPod).toHaveAttribute('href', /\/pods\/coredns-/);
});

test('kube-proxy shows its DaemonSet coverage over the nodes', async ({ page }) => {
  const component = new ComponentPage(page);
  await component.goto(HEALTHY.url, 'kube-proxy');
  const coverage = component.section('DaemonSet coverage');
  await expect(coverage).toContainText('DaemonSet kube-proxy');
  await expect(coverage).toContainText(/(\d+)\/\1 nodes with a ready pod/);
  await expect(coverage).toContainText('Every targeted node runs a ready pod.');
  await expect(component.kubectlCommand('kubectl get ds kube-proxy -n kube-system -o wide')).toBeVisible();
});

test('kubelet lists the nodes instead of pods', async ({ page }) => {
  const component = new ComponentPage(page);
  await component.goto(HEALTHY.url, 'kubelet');
  await expect(component.heading('kubelet')).toBeVisible();
  await expect(component.section('Nodes').getByRole('link', { name: 'control-plane-1' })).toHaveAttribute('href', /\/nodes\/control-plane-1$/);
  await expect(component.kubectlCommand('kubectl get nodes -o wide')).toBeVisible();
});

test('degraded: the CoreDNS page says why, with the crashing pod first', async ({ page }) => {
  const component = new ComponentPage(page);
  await component.goto(DEGRADED.url, 'coredns');
  await expect(component.heading('CoreDNS')).toBeVisible();
  await expect(page.getByRole('main').getByText('Degraded', { exact: true }).first()).toBeVisible();
  await expect(component.reasons()).toContainText('CrashLoopBackOff');
  await expect(component.reasons()).toContainText(/\d+ restarts/);
  const first = component.podRows().first();
  await expect(first).toContainText('CrashLoopBackOff');
  await expect(first).toContainText('0/1');
  await expect(component.section('kubectl commands')).toContainText('--previous --tail=100');
  await expectNoSeriousViolations(page);
});

test('an unknown component is a 404 page that names it and links back', async ({ page }) => {
  const component = new ComponentPage(page);
  const response = await component.goto(HEALTHY.url, 'no-such-component');
  expect(response?.status()).toBe(404);
  await expect(component.heading('Component no-such-component was not found')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(new RegExp(`${HEALTHY.url}/?$`));
});
