/**
 * Journeys across clusters: the fleet page's cards (reachable, degraded, a replay, unreachable, refused
 * credentials), opening a cluster from its card, staying in it through the navigation, switching in the
 * header, the unknown-context 404 (page and API), and a cluster going down and coming back.
 */
import { expect, test } from '@playwright/test';
import { FLEET } from './env';
import { expectNoSeriousA11yViolations } from './pages/a11y';
import { hydrated } from './pages/hydrated';
import { clusterInView, ClustersPage, clusterSwitcher, connectionBanner } from './pages/clusters-page';

test('the fleet page shows every context with its state, and why the broken ones fail', async ({ page }) => {
  const fleet = new ClustersPage(page);
  await fleet.open(FLEET.url);
  for (const context of FLEET.contexts) await expect(fleet.card(context)).toBeVisible();
  await expect(fleet.card('demo-healthy')).toContainText('Reachable');
  await expect(fleet.card('demo-healthy')).toContainText('default');
  await expect(fleet.card('demo-healthy').getByRole('link', { name: '4/4' })).toBeVisible();
  await expect(fleet.card('demo-degraded')).toContainText('Reachable');
  await expect(fleet.card('demo-degraded').getByRole('link', { name: '3/4' })).toBeVisible();
  await expect(fleet.card('demo-replay')).toContainText('v1.21.0');
  await expect(fleet.card('demo-unreachable')).toContainText('Unreachable');
  await expect(fleet.card('demo-unreachable')).toContainText('ECONNREFUSED');
  await expect(fleet.card('demo-bad-token')).toContainText('Credentials refused');
  await expect(fleet.card('demo-dangling')).toContainText('Kubeconfig problem');
  await expect(fleet.card('demo-dangling')).toContainText('Context "demo-dangling" names a cluster that is not defined in the kubeconfig.');
  await expectNoSeriousA11yViolations(page);
});

test('a cluster opened from its card stays in view through the navigation and the links', async ({ page }) => {
  const fleet = new ClustersPage(page);
  await fleet.open(FLEET.url);
  await fleet.card('demo-degraded').getByRole('link', { name: 'demo-degraded' }).click();
  await expect(page).toHaveURL(`${FLEET.url}/c/demo-degraded`);
  await expect(clusterInView(page)).toHaveText('demo-degraded');
  await expect(clusterSwitcher(page)).toHaveValue('demo-degraded');
  await page.getByRole('navigation').getByRole('link', { name: 'Pods' }).click();
  await expect(page).toHaveURL(`${FLEET.url}/c/demo-degraded/pods`);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Pods' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('row', { name: /CrashLoopBackOff/ }).first()).toBeVisible();
  // A pod's link keeps the cluster, and so does its page's API.
  await page.getByRole('link', { name: /^coredns-/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${FLEET.url}/c/demo-degraded/pods/coredns-`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('coredns-');
  await expect(clusterInView(page)).toHaveText('demo-degraded');
});

test('the switcher opens the same page in another cluster; bare paths show the default one', async ({ page }) => {
  await page.goto(`${FLEET.url}/nodes`);
  await expect(clusterInView(page)).toHaveText('demo-healthy');
  await expect(clusterSwitcher(page)).toHaveValue('demo-healthy');
  await hydrated(clusterSwitcher(page));
  await clusterSwitcher(page).selectOption('demo-replay');
  await expect(page).toHaveURL(`${FLEET.url}/c/demo-replay/nodes`);
  await expect(clusterInView(page)).toHaveText('demo-replay');
  await expect(page.getByRole('banner')).toContainText('dump');
  await clusterSwitcher(page).selectOption('demo-degraded');
  await expect(page).toHaveURL(`${FLEET.url}/c/demo-degraded/nodes`);
  await expect(clusterInView(page)).toHaveText('demo-degraded');
});

test('a cluster whose credentials are refused shows why on its pages', async ({ page }) => {
  await page.goto(`${FLEET.url}/c/demo-bad-token/pods`);
  await expect(clusterSwitcher(page)).toHaveValue('demo-bad-token');
  await expect(connectionBanner(page)).toContainText('Credentials refused: demo-bad-token');
  await expect(connectionBanner(page)).toContainText('Unauthorized');
});

test('a cluster opened by its address is the one the switcher shows, in the server\'s HTML too, even when it does not answer', async ({ page, request }) => {
  // A select's value is not patched on hydration: the server must render the request's cluster selected.
  const html = await (await request.get(`${FLEET.url}/c/demo-unreachable/pods`)).text();
  expect(html).toMatch(/<option value="demo-unreachable" selected="">/);
  await page.goto(`${FLEET.url}/c/demo-unreachable/pods`);
  await expect(clusterSwitcher(page)).toHaveValue('demo-unreachable');
});

test('an unknown context is a 404 naming the contexts there are, on pages and in the API', async ({ page, request }) => {
  const response = await page.goto(`${FLEET.url}/c/no-such-cluster/nodes`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cluster no-such-cluster was not found');
  const listed = page.getByRole('list', { name: 'Contexts' });
  for (const context of FLEET.contexts) await expect(listed.getByRole('link', { name: context })).toBeVisible();
  await listed.getByRole('link', { name: 'demo-replay' }).click();
  await expect(page).toHaveURL(`${FLEET.url}/c/demo-replay`);

  const api = await request.get(`${FLEET.url}/api/c/no-such-cluster/overview`);
  expect(api.status()).toBe(404);
  const body = (await api.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('UnknownContext');
  expect(body.error.message).toContain(FLEET.contexts.join(', '));
});

test.describe.serial('a cluster that goes down', () => {
  const setDown = async (down: boolean) => {
    const response = await fetch(`${FLEET.degradedAdminUrl}/faults`, { method: 'PUT', body: JSON.stringify({ down }) });
    expect(response.ok).toBe(true);
  };

  test('shows on its own card and comes back, the others unaffected', async ({ page }) => {
    const fleet = new ClustersPage(page);
    await fleet.open(FLEET.url);
    await expect(fleet.card('demo-degraded')).toContainText('Reachable');
    await setDown(true);
    try {
      await expect(fleet.card('demo-degraded')).toContainText(/Unreachable|Timed out/, { timeout: 30_000 });
      await expect(fleet.card('demo-healthy')).toContainText('Reachable');
      await expect(fleet.card('demo-replay')).toContainText('Reachable');
      await page.goto(`${FLEET.url}/c/demo-degraded/health`);
      await expect(connectionBanner(page)).toContainText(/Cluster unreachable: demo-degraded|does not answer/);
    } finally {
      await setDown(false);
    }
    await fleet.open(FLEET.url);
    await expect(fleet.card('demo-degraded')).toContainText('Reachable', { timeout: 30_000 });
  });
});
