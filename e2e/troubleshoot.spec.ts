/** /troubleshoot on the demo clusters: degraded shows its faults with evidence, healthy has nothing critical, filters live in the URL. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { TroubleshootPage } from './pages/troubleshoot-page';

test.describe('troubleshoot, degraded cluster', () => {
  test('shows the failed DNS lookup, the CoreDNS crash loop, the NotReady node and the metrics APIService', async ({ page }) => {
    const view = new TroubleshootPage(page);
    await view.goto(DEGRADED.url);
    const critical = view.severitySection('Critical');
    await expect(critical.getByRole('article', { name: /^Resolving kubernetes\.default\.svc\.cluster\.local via 127\.0\.0\.1:\d+ failed: SERVFAIL$/ })).toBeVisible();
    await expect(critical.getByRole('article', { name: 'Node worker-3 is NotReady (NodeStatusUnknown)' })).toBeVisible();
    const crash = view.finding(/^CoreDNS pod coredns-\S+ is crash-looping \(last exit: Error\)$/);
    await expect(crash).toBeVisible();
    await expect(crash.getByText(/^container coredns last terminated: Error \(exit code 1\)/)).toBeVisible();
    await crash.getByText('Corefile (ConfigMap coredns):').click();
    await expect(crash.getByText(/kubernetes cluster\.local in-addr\.arpa ip6\.arpa/)).toBeVisible();
    await expect(crash.getByRole('button', { name: /^Copy: kubectl -n kube-system logs coredns-\S+ --previous$/ })).toBeVisible();
    const metrics = view.finding('The metrics API is unavailable (MissingEndpoints)');
    await expect(metrics.getByText('message: endpoints for service/metrics-server in "kube-system" have no addresses with port name "https"')).toBeVisible();
    await expect(view.topic('DNS').getByTestId('dns-answer')).toHaveText('SERVFAIL');
  });

  test('links a finding to its subject\'s page', async ({ page }) => {
    const view = new TroubleshootPage(page);
    await view.goto(DEGRADED.url);
    const link = view.finding('Node worker-3 is NotReady (NodeStatusUnknown)').getByRole('link', { name: 'worker-3', exact: true });
    await expect(link).toHaveAttribute('href', /\/nodes\/worker-3$/);
  });

  test('filters by severity and area through the URL', async ({ page }) => {
    const view = new TroubleshootPage(page);
    await view.goto(DEGRADED.url);
    await view.severityFilter(/^Critical \d+$/).click();
    await expect(page).toHaveURL(/\/troubleshoot\?severity=critical$/);
    await expect(view.severitySection('Warnings')).toHaveCount(0);
    await view.areaFilter(/^Nodes \d+$/).click();
    await expect(page).toHaveURL(/\/troubleshoot\?severity=critical&area=nodes$/);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(view.finding('Node worker-3 is NotReady (NodeStatusUnknown)')).toBeVisible();

    await view.goto(DEGRADED.url, '?area=metrics');
    await expect(view.areaFilter(/^Metrics \d+$/)).toHaveAttribute('aria-current', 'true');
    await expect(view.finding('The metrics API is unavailable (MissingEndpoints)')).toBeVisible();
    await expect(view.finding(/NotReady/)).toHaveCount(0);
  });

  test('the node and component pages show their own findings', async ({ page }) => {
    await page.goto(`${DEGRADED.url}/nodes/worker-3`);
    const own = page.getByRole('region', { name: /^Findings \(\d+\)$/ });
    await expect(own.getByRole('article', { name: 'Node worker-3 is NotReady (NodeStatusUnknown)' })).toBeVisible();
    await page.goto(`${DEGRADED.url}/components/coredns`);
    await expect(page.getByRole('region', { name: /^Findings \(\d+\)$/ }).getByRole('article', { name: 'CoreDNS: 1 of 2 replicas ready' })).toBeVisible();
  });

  test('has no axe violations', async ({ page }) => {
    const view = new TroubleshootPage(page);
    await view.goto(DEGRADED.url);
    await expect(view.severitySection('Critical')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('troubleshoot, healthy cluster', () => {
  test('has no critical findings, answers the DNS lookup and re-runs it on demand', async ({ page }) => {
    const view = new TroubleshootPage(page);
    await view.goto(HEALTHY.url);
    await expect(page.getByLabel('Findings by severity')).toContainText('Critical0');
    await expect(view.severitySection('Critical')).toHaveCount(0);
    const dns = view.topic('DNS');
    await expect(dns.getByTestId('dns-answer')).toHaveText('10.96.0.1');
    await dns.getByRole('button', { name: 'Test DNS again' }).click();
    await expect(dns.getByRole('button', { name: 'Test DNS again' })).toBeEnabled();
    await expect(dns.getByTestId('dns-answer')).toHaveText('10.96.0.1');
    await expect(view.topic('API server').getByText(/^expires in 36\d days/)).toBeVisible();
  });

  test('says so when filters match nothing', async ({ page }) => {
    const view = new TroubleshootPage(page);
    await view.goto(HEALTHY.url, '?severity=critical');
    await expect(page.getByText('No findings match these filters')).toBeVisible();
  });

  test('the overview shows the findings count and links to /troubleshoot', async ({ page }) => {
    await page.goto(`${DEGRADED.url}/`);
    const summary = page.getByRole('region', { name: 'Needs attention' });
    await expect(summary.getByRole('link', { name: /^2 critical$/ })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Troubleshoot' })).toHaveAttribute('href', /\/troubleshoot$/);
    await summary.getByRole('link', { name: /^2 critical$/ }).click();
    await expect(page).toHaveURL(/\/troubleshoot\?severity=critical$/);
  });
});
