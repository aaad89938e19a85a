/** Journey: reading and following logs — live lines, tail and container in the URL, the filter. */
import { expect, test } from '@playwright/test';
import { HEALTHY } from './env';
import { PodPage, podsOf } from './pages/pod-page';

test.use({ baseURL: `${HEALTHY.url}/` });

test('following a healthy pod shows new lines arriving', async ({ page, request }) => {
  const [coredns] = await podsOf(request, HEALTHY.url, 'coredns');
  const pod = new PodPage(page);
  await pod.open(coredns!.name, 'tab=logs&tail=5');
  await expect(pod.rows()).toHaveCount(5);
  await pod.followButton.click();
  await expect(page).toHaveURL(/follow=1/);
  await expect(page.getByRole('status').filter({ hasText: 'following' })).toBeVisible();
  // The demo CoreDNS logs a query every few seconds; more than the five tail lines must arrive.
  await expect(pod.rows()).toHaveCount(6, { timeout: 20_000 });
  await expect(pod.rows().last()).toContainText('[INFO]');
});

test('tail and the container picker update the URL, and the URL restores them', async ({ page, request }) => {
  const [calico] = (await podsOf(request, HEALTHY.url, 'calico')).filter((p) => p.name.startsWith('calico-node-'));
  const pod = new PodPage(page);
  await pod.open(calico!.name, 'tab=logs');
  await expect(pod.containerSelect).toHaveValue('calico-node');
  await pod.linesSelect.selectOption('500');
  await expect(page).toHaveURL(/tail=500/);
  await pod.containerSelect.selectOption('install-cni');
  await expect(page).toHaveURL(/container=install-cni/);
  await expect(pod.logLines).toBeVisible();
  await page.reload();
  await expect(pod.containerSelect).toHaveValue('install-cni');
  await expect(pod.linesSelect).toHaveValue('500');
});

test('the filter highlights matches and can hide the rest', async ({ page, request }) => {
  const [coredns] = await podsOf(request, HEALTHY.url, 'coredns');
  const pod = new PodPage(page);
  await pod.open(coredns!.name, 'tab=logs');
  await expect(pod.rows().first()).toBeVisible();
  // A client address and port from the first query line: present once in the log.
  const needle = /\d+\.\d+\.\d+\.\d+:\d+/.exec((await pod.rows().first().textContent()) ?? '')![0];
  await pod.filter.fill(needle);
  await expect(page).toHaveURL(new RegExp(`q=${needle.replace(/[.]/g, '\\.').replace(':', '(:|%3A)')}`));
  await expect(pod.logLines.locator('mark').first()).toHaveText(needle);
  // The checkbox is controlled by the URL: it turns checked once the URL says only=1.
  await page.getByLabel('Only matching').click();
  await expect(page).toHaveURL(/only=1/);
  await expect(page.getByLabel('Only matching')).toBeChecked();
  await expect(pod.rows()).toHaveCount(1);
  await expect(page.getByText(/^1 of \d+ lines match/)).toBeVisible();
});

test("a component's merged logs prefix each line with its pod and container", async ({ page }) => {
  await page.goto('./components/coredns/logs');
  await expect(page.getByRole('heading', { name: 'Logs of coredns' })).toBeVisible();
  await expect(page.getByRole('log').locator('[data-index]').first()).toContainText(/^\[pod\/coredns-[a-z0-9-]+\/coredns\]/);
});
