/** Journey: a group page lists its components with a description; cards lead to components; unknown groups 404. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';

test('the node group lists kubelet, kube-proxy and the CNI, and a card opens the component', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/groups/node`);
  await expect(page.getByRole('heading', { level: 1, name: 'Node components' })).toBeVisible();
  await expect(page.getByText('What runs on every node')).toBeVisible();
  const cards = page.getByRole('list', { name: 'Components of Node components' });
  for (const name of ['kubelet', 'kube-proxy', 'Calico']) await expect(cards.getByRole('link', { name: new RegExp(`^${name}\\b`) })).toBeVisible();
  await cards.getByRole('link', { name: /^kube-proxy\b/ }).click();
  await expect(page).toHaveURL(/\/components\/kube-proxy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'kube-proxy' })).toBeVisible();

  const results = await new AxeBuilder({ page: page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('degraded: the add-on group says what needs attention', async ({ page }) => {
  await page.goto(`${DEGRADED.url}/groups/add-on`);
  await expect(page.getByRole('heading', { level: 1, name: 'Add-ons' })).toBeVisible();
  await expect(page.getByText(/\d+ need attention/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^CoreDNS: Degraded/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the overview links each group to its page', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/`);
  await page.getByRole('link', { name: 'View group Monitoring' }).click();
  await expect(page).toHaveURL(/\/groups\/monitoring$/);
  await expect(page.getByRole('link', { name: /^Prometheus\b/ })).toBeVisible();
});

test('/groups/other is a 404 that names the four groups: every pod lands in one of them', async ({ page }) => {
  const response = await page.goto(`${HEALTHY.url}/groups/other`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Group other was not found' })).toBeVisible();
  await expect(page.getByText(/There is no "other" group: every kube-system pod lands in one of the four groups/)).toBeVisible();
  const groups = page.getByRole('navigation', { name: 'Groups' });
  for (const title of ['Control plane', 'Node components', 'Add-ons', 'Monitoring']) await expect(groups.getByRole('link', { name: title, exact: true })).toBeVisible();
  await groups.getByRole('link', { name: 'Monitoring', exact: true }).click();
  await expect(page).toHaveURL(/\/groups\/monitoring$/);
});

test('the control-plane group shows the etcd backup CronJob, recognised by its shape', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/groups/control-plane`);
  const card = page.getByRole('list', { name: 'Components of Control plane' }).getByRole('link', { name: /^etcd-backup: Healthy/ });
  await expect(card).toContainText('Recognised by shape: named like a control-plane component (etcd-backup) · CronJob, runs to completion');
  await expect(card).toContainText('3 of 3 pods completed');
  await expect(card).toContainText('3 jobs completed');
});

test('an unknown group is a 404 page that names it', async ({ page }) => {
  const response = await page.goto(`${HEALTHY.url}/groups/databases`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Group databases was not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the overview' })).toBeVisible();
});
