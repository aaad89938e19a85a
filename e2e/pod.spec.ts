/** Journey: an operator opens the crash-looping CoreDNS pod of the degraded demo and finds why it crashes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { PodPage, podsOf } from './pages/pod-page';

test.use({ baseURL: `${DEGRADED.url}/` });

async function crashingPod(request: Parameters<typeof podsOf>[0]): Promise<string> {
  const pods = await podsOf(request, DEGRADED.url, 'coredns');
  // The degraded scenario crash-loops one CoreDNS pod; between restarts it may briefly show Running.
  const crashing = pods.find((p) => p.phase === 'CrashLoopBackOff') ?? pods.find((p) => p.restarts > 0);
  return crashing!.name;
}

test('the crash-looping CoreDNS pod shows CrashLoopBackOff and the last state with its exit code', async ({ page, request }) => {
  const name = await crashingPod(request);
  const pod = new PodPage(page);
  await pod.open(name);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('CrashLoopBackOff').first()).toBeVisible();
  const container = pod.container('coredns');
  await expect(container.getByText(/Last state · Terminated: Error/)).toBeVisible();
  await expect(container.getByText('exit code 1 (Error)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'CoreDNS' }).first()).toHaveAttribute('href', /\/components\/coredns$/);
  await expect(page.getByRole('region', { name: 'Pod', exact: true }).getByText('Deployment coredns')).toBeVisible();
});

test("the previous container's logs show the crash", async ({ page, request }) => {
  const name = await crashingPod(request);
  const pod = new PodPage(page);
  await pod.open(name, 'tab=logs');
  await expect(page.getByText(/coredns restarted \d+ times/)).toBeVisible();
  await page.getByRole('button', { name: "Show previous container's logs" }).click();
  await expect(page).toHaveURL(/previous=1/);
  await expect(pod.logLines.getByText(/\[FATAL\] plugin\/loop: Loop/)).toBeVisible();
  await expect(page.getByText(/ended with exit code 1 \(Error\)/)).toBeVisible();
});

test('YAML and Events tabs open from the URL and read-only YAML can be copied', async ({ page, request }) => {
  const name = await crashingPod(request);
  const pod = new PodPage(page);
  await pod.open(name, 'tab=yaml');
  await expect(pod.tab('YAML')).toHaveAttribute('aria-selected', 'true');
  const yaml = page.getByLabel(`YAML of pod ${name}`);
  await expect(yaml).toContainText('apiVersion: v1');
  await expect(yaml).toContainText(`name: ${name}`);
  await expect(yaml).not.toContainText('managedFields');
  await expect(page.getByRole('button', { name: 'Copy YAML' })).toBeVisible();
  await pod.tab('Events').click();
  await expect(page).toHaveURL(/tab=events/);
  await expect(page.getByRole('tabpanel')).toBeVisible();
});

test('an unknown pod gets a 404 page that names it and links back', async ({ page }) => {
  const response = await page.goto('./pods/no-such-pod-abc');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pod no-such-pod-abc was not found');
  await expect(page.getByText('Deployment and DaemonSet pods get new names when they are recreated')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(new RegExp(`${DEGRADED.port}/?$`));
});

test('the pod page has no serious or critical accessibility violations', async ({ page, request }) => {
  const name = await crashingPod(request);
  const pod = new PodPage(page);
  for (const query of ['', 'tab=logs']) {
    await pod.open(name, query);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    if (query) await expect(pod.logLines.or(page.getByText('No log lines'))).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('healthy cluster', () => {
  test.use({ baseURL: `${HEALTHY.url}/` });
  test('a healthy pod shows Running and links to its node', async ({ page, request }) => {
    const [first] = await podsOf(request, HEALTHY.url, 'coredns');
    const pod = new PodPage(page);
    await pod.open(first!.name);
    await expect(page.getByText('Running').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pod', exact: true }).getByRole('link', { name: /./ }).nth(1)).toHaveAttribute('href', /\/nodes\//);
  });
});
