/**
 * Journeys in Korean (a browser that asks for ko-KR): the overview, a component page, a pod's logs,
 * /troubleshoot and sign-in speak Korean at the same URLs; on the overview no English word is left but
 * Kubernetes names and kubectl. The header's switcher changes the language and remembers it (a cookie).
 */
import { expect, test } from '@playwright/test';
import type { OverviewResponse } from '../lib/api/types';
import { DEGRADED, HEALTHY, TOKEN_AUTH } from './env';
import { hydrated } from './pages/hydrated';
import { clusterNames, englishWords, findingQuotes } from './korean-words';

test.use({ locale: 'ko-KR' });

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
  // What it does, in Korean; the kube-dns Service keeps its name.
  await expect(page.getByText('클러스터 DNS: Service와 Pod 이름 조회에 답하고(kube-dns Service) 나머지는 업스트림으로 전달합니다.')).toBeVisible();
  await expect(page.getByText('Cluster DNS: answers')).toHaveCount(0);
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

test('search results say what they are in Korean; names and statuses as Kubernetes writes them', async ({ page }, testInfo) => {
  await page.goto(`${HEALTHY.url}/nodes`);
  const box = page.getByRole('combobox', { name: '컴포넌트, Pod, Node, Pod 상태 검색' });
  await hydrated(box);
  const answered = page.waitForResponse((response) => /\/api\/search\?q=coredns$/.test(response.url()));
  await box.fill('coredns');
  await answered;
  const options = page.getByRole('listbox', { name: '검색 결과' }).getByRole('option');
  await expect(options.first()).toContainText('컴포넌트');
  await expect(options.first()).toContainText('CoreDNS · Add-on');
  await expect(options.nth(1)).toContainText(/Running · \S+/);
  await expect(page.getByRole('listbox', { name: '검색 결과' })).not.toContainText(/ on |not scheduled| pods?\b/);
  await page.screenshot({ path: testInfo.outputPath('ko-search.png') });
});

test('the header switches to English and remembers it; the URL does not change', async ({ page, context }) => {
  await page.goto(`${HEALTHY.url}/troubleshoot`);
  await expect(page.getByRole('heading', { level: 1, name: '문제 해결' })).toBeVisible();
  await hydrated(page.getByRole('combobox', { name: '언어' }));
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
    // The crash-looping pod's quoted words change as it restarts (CrashLoopBackOff, Error): the page may
    // show the findings of a moment before or after one reading of them, so both readings count.
    const quotedBefore = await findingQuotes(request, DEGRADED.url);
    await page.goto(`${DEGRADED.url}/troubleshoot`);
    await expect(page.getByRole('heading', { level: 1, name: '문제 해결' })).toBeVisible();
    const notReady = page.getByRole('article', { name: 'Node worker-3 NotReady (NodeStatusUnknown)' });
    await expect(notReady).toBeVisible();
    await expect(notReady).toContainText(/컨디션의 마지막 kubelet 하트비트: \d+(분|초|시간) 전/);
    await expect(notReady).toContainText('NotReady Node의 Pod는 톨러레이션 기간(기본 5분)이 지나면 축출됩니다.');
    await expect(notReady.getByRole('heading', { name: '다음 단계' })).toBeVisible();
    // The next steps quote `journalctl -u kubelet` as code too; the kubectl list comes after them, as written.
    await expect(notReady.locator('code').filter({ hasText: /^journalctl -u kubelet$/ })).toBeVisible();
    await expect(notReady.locator('code').filter({ hasText: /^kubectl describe node worker-3$/ })).toBeVisible();
    const crashLoop = page.getByRole('article', { name: /^CoreDNS Pod coredns-[\w-]+ 크래시 루프 \(마지막 종료: Error\)$/ });
    await expect(crashLoop).toContainText(/컨테이너 coredns 마지막 종료: Error \(종료 코드 1\) \d+(분|초|시간) 전/);
    await expect(crashLoop.getByRole('link', { name: /^컨테이너 coredns의 이전 로그/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'API 서버' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ko-degraded-troubleshoot.png'), fullPage: true });
    const names = new Set([...await clusterNames(request, DEGRADED.url), ...quotedBefore, ...await findingQuotes(request, DEGRADED.url)]);
    expect(await englishWords(page, names, { openAll: true })).toEqual([]);
  });

  test('the overview\'s Needs attention lists the critical findings in Korean', async ({ page, request }, testInfo) => {
    const quotedBefore = await findingQuotes(request, DEGRADED.url);
    await page.goto(DEGRADED.url);
    const attention = page.getByRole('region', { name: '주의 필요' });
    await expect(attention.getByRole('list', { name: '심각도별 점검 결과' })).toBeVisible();
    await expect(attention).toContainText('Node worker-3 NotReady (NodeStatusUnknown)');
    // The subject's name links to its page; the finding's title says what it is.
    await expect(attention.getByRole('link', { name: 'worker-3', exact: true })).toHaveAttribute('href', /\/nodes\/worker-3$/);
    await page.screenshot({ path: testInfo.outputPath('ko-degraded-overview.png'), fullPage: true });
    const names = new Set([...await clusterNames(request, DEGRADED.url), ...quotedBefore, ...await findingQuotes(request, DEGRADED.url)]);
    expect(await englishWords(page, names, { within: attention })).toEqual([]);
  });
});
