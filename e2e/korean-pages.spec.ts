/**
 * Journeys in Korean over the cluster-wide pages (a browser that asks for ko-KR): /usage, /health, /inventory
 * and /clusters speak Korean at the same URLs; no English word is left but Kubernetes names, kubectl, units and
 * what the cluster itself wrote (names, versions, check names, its error messages). One English journey
 * checks that the same pages still read in English.
 */
import { expect, test } from '@playwright/test';
import { FLEET, HEALTHY } from './env';
import { englishWords, namesInAnswers } from './korean-words';

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('/usage is in Korean: headings, columns, units as written', async ({ page, request }, testInfo) => {
    await page.goto(`${HEALTHY.url}/usage`);
    await expect(page.getByRole('heading', { level: 1, name: '리소스 사용량' })).toBeVisible();
    const pods = page.getByRole('region', { name: 'kube-system의 상위 Pod' });
    await expect(pods.getByRole('columnheader', { name: '메모리' })).toBeVisible();
    await expect(pods.getByRole('row').nth(1)).toContainText(/\d+(\.\d+)?m/);
    await expect(pods.getByRole('row').nth(1)).toContainText(/MiB|KiB|GiB/);
    await expect(page.getByRole('region', { name: '상위 Node' }).getByRole('columnheader', { name: '메모리 %' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ko-usage.png'), fullPage: true });
    expect(await englishWords(page, await namesInAnswers(request, HEALTHY.url, ['/api/usage/top/pods?limit=50', '/api/usage/top/nodes?limit=50']))).toEqual([]);
  });

  test('/health is in Korean around the check names, which stay as written', async ({ page, request }, testInfo) => {
    await page.goto(`${HEALTHY.url}/health`);
    await expect(page.getByRole('heading', { level: 1, name: '상태' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'readyz 검사' }).getByRole('listitem').filter({ hasText: /^etcd$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: '버전' })).toContainText('v1.31');
    await expect(page.getByRole('region', { name: '클러스터 정보' })).toContainText(/CoreDNS 실행 주소: https:\/\//);
    const leases = page.getByRole('region', { name: '리더 선출 Lease' });
    await expect(leases.getByRole('columnheader', { name: '마지막 갱신' })).toBeVisible();
    await expect(leases.getByRole('row', { name: /^kube-controller-manager/ })).toContainText(/전/);
    await expect(page.getByRole('region', { name: '애그리게이션 APIService' }).getByRole('row', { name: /v1beta1\.metrics\.k8s\.io/ })).toContainText('예');
    await expect(page.getByRole('heading', { name: 'kubectl 명령어' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'kubectl 명령어' }).locator('code', { hasText: /^kubectl get apiservices$/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ko-health.png'), fullPage: true });
    expect(await englishWords(page, await namesInAnswers(request, HEALTHY.url, ['/api/health']))).toEqual([]);
  });

  test('/inventory is in Korean: kinds as Kubernetes writes them, NetworkPolicy rules in words', async ({ page, request }, testInfo) => {
    await page.goto(`${HEALTHY.url}/inventory`);
    await expect(page.getByRole('heading', { level: 1, name: '인벤토리' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '종류' })).toContainText('Deployment');
    const deployments = page.getByRole('region', { name: /^Deployment/ });
    await expect(deployments.getByRole('columnheader', { name: '준비 / 원하는 수' })).toBeVisible();
    await expect(deployments.getByRole('row', { name: /^coredns/ })).toContainText(/전$/);
    await expect(page.getByRole('region', { name: /^ConfigMap/ }).getByText('데이터 보기').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ko-inventory.png'), fullPage: true });
    expect(await englishWords(page, await namesInAnswers(request, HEALTHY.url, ['/api/inventory']))).toEqual([]);
  });

  test('/clusters is in Korean; a failing cluster says why in the client’s own words', async ({ page, request }, testInfo) => {
    await page.goto(`${FLEET.url}/clusters`);
    await expect(page.getByRole('heading', { level: 1, name: '클러스터' })).toBeVisible();
    const card = (context: string) => page.getByRole('list', { name: '클러스터' }).getByRole('article', { name: context, exact: true });
    await expect(card('demo-healthy')).toContainText('연결 가능');
    await expect(card('demo-healthy')).toContainText('기본');
    await expect(card('demo-unreachable')).toContainText('연결 불가');
    await expect(card('demo-unreachable')).toContainText('ECONNREFUSED');
    await expect(card('demo-bad-token')).toContainText('자격 증명 거부됨');
    await expect(card('demo-dangling')).toContainText('kubeconfig 문제');
    await expect(card('demo-dangling')).toContainText('컨텍스트 demo-dangling의 클러스터가 kubeconfig에 정의되어 있지 않습니다.');
    await page.screenshot({ path: testInfo.outputPath('ko-clusters.png'), fullPage: true });
    expect(await englishWords(page, await namesInAnswers(request, FLEET.url, ['/api/clusters']))).toEqual([]);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the same pages still read in English', async ({ page }, testInfo) => {
    await page.goto(`${HEALTHY.url}/usage`);
    await expect(page.getByRole('heading', { level: 1, name: 'Resource usage' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Top pods in kube-system' }).getByRole('columnheader', { name: 'Memory' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('en-usage.png'), fullPage: true });
    await page.goto(`${HEALTHY.url}/inventory`);
    await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Deployments/ }).getByRole('columnheader', { name: 'Ready / desired' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('en-inventory.png'), fullPage: true });
    await page.goto(`${HEALTHY.url}/health`);
    await expect(page.getByRole('region', { name: 'Leader election Leases' }).getByRole('row', { name: /^kube-controller-manager/ })).toContainText(/ago/);
    await page.screenshot({ path: testInfo.outputPath('en-health.png'), fullPage: true });
  });
});
