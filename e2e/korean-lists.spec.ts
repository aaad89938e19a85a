/**
 * Journeys in Korean over the lists (a browser that asks for ko-KR): /nodes, a node's page, /pods and
 * /events speak Korean around what the cluster wrote (names, versions, condition and event messages,
 * kubectl's status words), and kubectl commands stay as written. One English reading checks nothing broke.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { EventsResponse } from '../lib/api/events';
import type { NodeDetail, NodesResponse } from '../lib/api/nodes';
import type { PodsResponse } from '../lib/api/pods';
import { HEALTHY } from './env';
import { clusterNames, englishWords, withClusterText } from './korean-words';

test.use({ locale: 'ko-KR' });

/** kubectl's condition values and status words, units and acronyms a Korean reader reads as written. */
const LIST_WORDS = ['Ready', 'NotReady', 'Warning', 'Normal', 'Taint', 'taint', 'kube-node-lease', 'API', 'OS', 'IP', 'CIDR', 'm'];

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  return (await (await request.get(`${HEALTHY.url}${path}`)).json()) as T;
}

const eventTexts = (events: EventsResponse['events']) =>
  events.flatMap((e) => [e.type, e.reason, e.message, e.source, `${e.object.kind.toLowerCase()}/${e.object.name}`]);

test('/nodes is in Korean: heading, columns, filters, counts; no English word but names', async ({ page, request }, testInfo) => {
  const nodes = await json<NodesResponse>(request, '/api/nodes');
  await page.goto(`${HEALTHY.url}/nodes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Node' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Node \(\d+\)$/ });
  await expect(table.getByRole('columnheader', { name: '하트비트' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'OS 이미지 · 커널' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'worker-1' })).toContainText(/(\d+초 전|방금)/);
  await expect(page.getByRole('search', { name: 'Node 필터' }).getByLabel('상태', { exact: true })).toContainText('NotReady만');
  await expect(page.getByText(`Node ${nodes.summary.total}개`, { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ko-nodes.png'), fullPage: true });
  const names = withClusterText(await clusterNames(request), [...nodes.strings, ...nodes.rows.map((r) => r[0])]);
  expect(await englishWords(page, names, { allow: LIST_WORDS })).toEqual([]);
});

test("a node's page is in Korean around the kubelet's words; its kubectl commands are not translated", async ({ page, request }, testInfo) => {
  const node = await json<NodeDetail>(request, '/api/nodes/worker-1');
  await page.goto(`${HEALTHY.url}/nodes/worker-1`);
  await expect(page.getByRole('heading', { level: 1, name: 'worker-1' })).toBeVisible();
  await expect(page.getByRole('region', { name: '버전과 시스템' })).toContainText('(kube-proxy Pod의 이미지)');
  const conditions = page.getByRole('region', { name: '컨디션' });
  await expect(conditions.getByRole('columnheader', { name: '마지막 전환' })).toBeVisible();
  // The kubelet's reason and message stay as the cluster wrote them.
  await expect(conditions.getByRole('row', { name: /^Ready\b/ })).toContainText('KubeletReady');
  await expect(page.getByRole('region', { name: '용량과 할당 가능량' }).getByRole('row', { name: /^memory/ })).toContainText('GiB');
  await expect(page.getByRole('heading', { name: 'kubectl로 같은 정보 보기' })).toBeVisible();
  await expect(page.getByText('kubectl describe node worker-1', { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ko-node.png'), fullPage: true });
  const names = withClusterText(await clusterNames(request), [
    node.name, ...node.roles, ...Object.values(node.versions), ...Object.values(node.system), ...node.podCIDRs,
    ...node.addresses.flatMap((a) => [a.type, a.address]),
    ...node.conditions.flatMap((c) => [c.type, c.status, c.reason, c.message]),
    ...node.resources.flatMap((r) => [r.name, r.capacityText, r.allocatableText]),
    ...node.taints.flatMap((t) => [t.key, t.value, t.effect]),
    ...Object.entries(node.labels).flat(),
    ...node.pods.flatMap((p) => [p.name, p.componentName, p.status]),
    ...eventTexts(node.events),
  ]);
  // The usage charts are another part's text (charts); this page's own words are read.
  expect(await englishWords(page, names, { allow: LIST_WORDS, skip: ['#node-charts'] })).toEqual([]);
});

test('/pods is in Korean: heading, sortable columns, filters, counts; statuses stay kubectl words', async ({ page, request }, testInfo) => {
  const pods = await json<PodsResponse>(request, '/api/pods?limit=1000');
  await page.goto(`${HEALTHY.url}/pods`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pod' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Pod \(\d+\)$/ });
  await expect(table.getByRole('columnheader', { name: '재시작' })).toBeVisible();
  await expect(table.getByRole('button', { name: '이름' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: /coredns-/ }).first()).toContainText('Running');
  const search = page.getByRole('search', { name: 'Pod 필터' });
  await expect(search.getByText(`Pod ${pods.summary.total}개`, { exact: true })).toBeVisible();
  await expect(search.getByLabel('컴포넌트')).toContainText('모든 컴포넌트');
  await page.screenshot({ path: testInfo.outputPath('ko-pods.png'), fullPage: true });
  const names = withClusterText(await clusterNames(request), [...pods.strings, ...pods.rows.map((r) => r[0])]);
  expect(await englishWords(page, names, { allow: LIST_WORDS })).toEqual([]);
});

test('/events is in Korean around the events, whose reasons and messages stay as written', async ({ page, request }, testInfo) => {
  const events = await json<EventsResponse>(request, '/api/events');
  await page.goto(`${HEALTHY.url}/events`);
  await expect(page.getByRole('heading', { level: 1, name: '이벤트' })).toBeVisible();
  const table = page.getByRole('table', { name: /^이벤트 \(\d+\)$/ });
  await expect(table.getByRole('columnheader', { name: '마지막 발생' })).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('search', { name: '이벤트 필터' }).getByLabel('유형')).toContainText('전체');
  await expect(page.locator('code').filter({ hasText: 'kubectl get events -n kube-system --watch' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ko-events.png'), fullPage: true });
  const names = withClusterText(await clusterNames(request), [...eventTexts(events.events), ...Object.keys(events.reasons)]);
  expect(await englishWords(page, names, { allow: LIST_WORDS })).toEqual([]);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the same node page still reads in English', async ({ page }, testInfo) => {
    await page.goto(`${HEALTHY.url}/nodes/worker-1`);
    await expect(page.getByRole('heading', { level: 1, name: 'worker-1' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Versions and system' })).toContainText('(image of the kube-proxy pod)');
    await expect(page.getByRole('region', { name: 'Conditions' }).getByRole('columnheader', { name: 'Last transition' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The same in kubectl' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('en-node.png'), fullPage: true });
  });
});
