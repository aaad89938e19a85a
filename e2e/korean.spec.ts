/**
 * Journeys in Korean (a browser that asks for ko-KR): the overview, a component page, a pod's logs,
 * /troubleshoot and sign-in speak Korean at the same URLs; on the overview no English word is left but
 * Kubernetes names and kubectl. The header's switcher changes the language and remembers it (a cookie).
 */
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { FindingsResponse } from '../lib/api/findings';
import type { Message } from '../lib/api/message';
import type { OverviewResponse } from '../lib/api/types';
import { DEGRADED, HEALTHY, TOKEN_AUTH } from './env';

test.use({ locale: 'ko-KR' });

/** Words that stay as the guide writes them, in every language: Kubernetes kinds and names, kubectl, units. */
const KUBERNETES_WORDS = new Set([
  'kubesys', 'kubectl', 'Kubernetes', 'kube-system', 'Pod', 'Node', 'Control', 'Plane', 'Add-on', 'CoreDNS', 'kubelet',
  'DaemonSet', 'Deployment', 'StatefulSet', 'CronJob', 'Job', 'Static', 'APIService', 'v1beta1.metrics.k8s.io', 'readyz',
  'livez', 'componentstatus', 'Lease', 'etcd', 'https', 'CPU', 'MiB', 'GiB', 'KiB',
  // componentstatuses name etcd's members `etcd-<n>`.
  'etcd-0',
  // The switcher lists each language in itself.
  'English',
]);

/** Every name the cluster gave: components, pods, nodes, the cluster, its version and address. */
async function clusterNames(request: APIRequestContext, base = HEALTHY.url): Promise<Set<string>> {
  const overview = (await (await request.get(`${base}/api/overview`)).json()) as OverviewResponse;
  const names = [overview.cluster.name, overview.cluster.version, overview.cluster.server ?? ''];
  for (const component of overview.groups.flatMap((g) => g.components)) {
    names.push(component.name, component.id, ...component.pods.map((p) => p.name), ...component.nodes.map((n) => n.name));
  }
  return new Set(names.flatMap((name) => name.split(/[\s/:()]+/)).filter(Boolean));
}

/**
 * What the findings quote of the cluster, as words: the string values of their messages (object names, the
 * kubelet's and the API server's own words, versions), their ids and subjects, and the DNS probe's answer.
 */
async function findingQuotes(request: APIRequestContext, base: string): Promise<Set<string>> {
  const data = (await (await request.get(`${base}/api/findings`)).json()) as FindingsResponse;
  const quotes: string[] = [];
  const walk = (message: Message) => {
    for (const value of Object.values(message.values ?? {})) {
      if (typeof value === 'string') quotes.push(value);
      else if (typeof value === 'object' && !('at' in value)) walk(value);
    }
  };
  for (const f of data.findings) {
    quotes.push(f.id, f.subject.name);
    for (const message of [f.titleMessage, ...f.evidenceMessages, ...f.nextStepMessages, ...f.links.map((l) => l.labelMessage)]) walk(message);
  }
  const dns = data.probes.dns;
  if (dns) quotes.push(dns.name, dns.server ?? '', dns.serverSource ?? '', dns.error ?? '', ...dns.answers);
  return new Set(quotes.flatMap((q) => q.match(/[A-Za-z][\w.+-]*[A-Za-z0-9]|[A-Za-z]/g) ?? []));
}

/**
 * The Latin-script words a reader sees on the page (or in one part of it) that are neither a Kubernetes word
 * nor a name; with `openAll`, every folded section opened first and kubectl commands (`code`, `pre`) left out.
 */
async function englishWords(page: Page, names: Set<string>, { openAll = false, within }: { openAll?: boolean; within?: Locator } = {}): Promise<string[]> {
  const text = openAll
    ? await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      const style = document.createElement('style');
      style.textContent = 'code, pre { display: none !important; }';
      document.head.append(style);
      const seen = document.body.innerText;
      style.remove();
      return seen;
    })
    : await (within ?? page.locator('body')).innerText();
  const words = text.match(/[A-Za-z][\w.+-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  return [...new Set(words)].filter((w) => !KUBERNETES_WORDS.has(w) && !names.has(w) && ![...names].some((n) => n.includes(w) && /\d|-/.test(n)));
}

test('the overview is in Korean: headings, statuses, reasons, counts, and no English word but names', async ({ page, request }, testInfo) => {
  await page.goto(HEALTHY.url);
  await expect(page.getByRole('heading', { level: 1, name: '개요' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { name: 'Control Plane', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '모니터링' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'kube-apiserver: 정상' })).toContainText('검사');
  await expect(page.getByRole('link', { name: 'CoreDNS: 정상' })).toContainText('Pod 2개 중 2개 준비됨');
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '문제 해결' })).toBeVisible();
  // Every card and the findings' counts have arrived before the words are read.
  await expect(page.getByRole('region', { name: '주의 필요' }).getByRole('list', { name: '심각도별 점검 결과' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ko-overview.png'), fullPage: true });
  expect(await englishWords(page, await clusterNames(request))).toEqual([]);
});

test('a component page is in Korean, its kubectl commands are not translated', async ({ page }, testInfo) => {
  await page.goto(`${HEALTHY.url}/components/coredns`);
  await expect(page.getByRole('heading', { level: 1, name: 'CoreDNS' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '이 페이지' })).toContainText('컨테이너');
  await expect(page.getByRole('heading', { name: '요청량과 제한량' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'kubectl 명령어' })).toBeVisible();
  await expect(page.locator('#kubectl code').first()).toHaveText(/^kubectl /);
  await page.screenshot({ path: testInfo.outputPath('ko-component.png'), fullPage: true });
});

test("a pod's logs tab is in Korean around the log lines, which stay as written", async ({ page, request }, testInfo) => {
  const overview = (await (await request.get(`${HEALTHY.url}/api/overview`)).json()) as OverviewResponse;
  const pod = overview.groups.flatMap((g) => g.components).find((c) => c.id === 'coredns')!.pods[0]!.name;
  await page.goto(`${HEALTHY.url}/pods/${pod}?tab=logs`);
  await expect(page.getByRole('tab', { name: '로그', selected: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '팔로우' })).toBeVisible();
  await expect(page.getByPlaceholder('줄 필터 (일치하는 부분 강조)')).toBeVisible();
  const lines = page.getByRole('log');
  await expect(lines).toContainText(/\S/);
  await page.screenshot({ path: testInfo.outputPath('ko-pod-logs.png'), fullPage: true });
});

test('/troubleshoot is in Korean', async ({ page }, testInfo) => {
  await page.goto(`${HEALTHY.url}/troubleshoot`);
  await expect(page.getByRole('heading', { level: 1, name: '문제 해결' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '심각도로 필터' })).toContainText('전체');
  await expect(page.getByRole('heading', { name: '가이드의 세 가지 점검' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'DNS 다시 테스트' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ko-troubleshoot.png'), fullPage: true });
});

test('the sign-in page is in Korean', async ({ page }, testInfo) => {
  await page.goto(`${TOKEN_AUTH.url}/`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.getByRole('heading', { name: 'kubesys 로그인' })).toBeVisible();
  await page.getByLabel('액세스 토큰').fill('not-the-token');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('유효하지 않은 액세스 토큰입니다.');
  await page.screenshot({ path: testInfo.outputPath('ko-sign-in.png'), fullPage: true });
});

test('the header switches to English and remembers it; the URL does not change', async ({ page, context }) => {
  await page.goto(`${HEALTHY.url}/troubleshoot`);
  await expect(page.getByRole('heading', { level: 1, name: '문제 해결' })).toBeVisible();
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Troubleshoot' })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/\/troubleshoot$/);
  expect((await context.cookies()).find((c) => c.name === 'kubesys-locale')?.value).toBe('en');
  await page.goto(HEALTHY.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('the degraded demo cluster in Korean', () => {
  test('/troubleshoot: titles, evidence and next steps in Korean; no English word but names, kubectl and the cluster\'s own words', async ({ page, request }, testInfo) => {
    await page.goto(`${DEGRADED.url}/troubleshoot`);
    await expect(page.getByRole('heading', { level: 1, name: '문제 해결' })).toBeVisible();
    const notReady = page.getByRole('article', { name: 'Node worker-3 NotReady (NodeStatusUnknown)' });
    await expect(notReady).toBeVisible();
    await expect(notReady).toContainText(/컨디션의 마지막 kubelet heartbeat: \d+(분|초|시간) 전/);
    await expect(notReady).toContainText('NotReady Node의 Pod는 toleration 기간(기본 5분)이 지나면 축출됩니다.');
    await expect(notReady.getByRole('heading', { name: '다음 단계' })).toBeVisible();
    await expect(notReady.locator('code').first()).toHaveText('kubectl describe node worker-3');
    const crashLoop = page.getByRole('article', { name: /^CoreDNS Pod coredns-[\w-]+ 크래시 루프 \(마지막 종료: Error\)$/ });
    await expect(crashLoop).toContainText(/컨테이너 coredns 마지막 종료: Error \(종료 코드 1\) \d+(분|초|시간) 전/);
    await expect(crashLoop.getByRole('link', { name: /^컨테이너 coredns의 이전 로그/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'API 서버' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ko-degraded-troubleshoot.png'), fullPage: true });
    const names = new Set([...await clusterNames(request, DEGRADED.url), ...await findingQuotes(request, DEGRADED.url)]);
    expect(await englishWords(page, names, { openAll: true })).toEqual([]);
  });

  test('the overview\'s Needs attention lists the critical findings in Korean', async ({ page, request }, testInfo) => {
    await page.goto(DEGRADED.url);
    const attention = page.getByRole('region', { name: '주의 필요' });
    await expect(attention.getByRole('list', { name: '심각도별 점검 결과' })).toBeVisible();
    await expect(attention).toContainText('Node worker-3 NotReady (NodeStatusUnknown)');
    await expect(attention.getByRole('link', { name: 'Node worker-3' }).first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ko-degraded-overview.png'), fullPage: true });
    const names = new Set([...await clusterNames(request, DEGRADED.url), ...await findingQuotes(request, DEGRADED.url)]);
    expect(await englishWords(page, names, { within: attention })).toEqual([]);
  });
});
