/** Journey: read kube-system events, filter by type through the URL, follow an event to its object. */
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { expectNoSeriousA11yViolations } from './pages/a11y';
import { hydrated } from './pages/hydrated';

test('events are listed newest first with links to their objects', async ({ page }) => {
  await page.goto(`${HEALTHY.url}/events`);
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Events/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.getByRole('link', { name: /^deployment\// }).first()).toHaveAttribute('href', /\/inventory#deployment-/);
  await expectNoSeriousA11yViolations(page);
});

test('degraded: filtering by Warning shows the CoreDNS BackOff, and the filter is in the URL', async ({ page }) => {
  await page.goto(`${DEGRADED.url}/events`);
  await hydrated(page.getByRole('combobox', { name: 'Type' }));
  await page.getByRole('combobox', { name: 'Type' }).selectOption('Warning');
  await expect(page).toHaveURL(/type=Warning/);
  const table = page.getByRole('table', { name: /^Events/ });
  const backoff = table.getByRole('row').filter({ hasText: 'BackOff' });
  await expect(backoff.first()).toBeVisible();
  await expect(backoff.first().getByRole('link', { name: /^pod\/coredns-/ })).toHaveAttribute('href', /\/pods\/coredns-/);
  await expect(table.getByRole('row').filter({ hasText: /^Normal/ })).toHaveCount(0);
});

test('a shared link with reason and object filters opens the same view', async ({ page }) => {
  await page.goto(`${DEGRADED.url}/events?type=Warning&reason=BackOff&object=pod/coredns-`);
  await expect(page.getByLabel('Reason')).toHaveValue('BackOff');
  await expect(page.getByLabel('Object')).toHaveValue('pod/coredns-');
  const rows = page.getByRole('table', { name: /^Events/ }).getByRole('row');
  await expect(rows.filter({ hasText: 'BackOff' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Pulled' })).toHaveCount(0);
});
