/**
 * The frame around every page in Korean (a browser that asks for ko-KR): the document title, the 404s of
 * an unknown component and an unknown pod, an error envelope the UI words by its code, and the connection
 * banner of a cluster that refuses the credentials or cannot be reached — the API server's own words
 * staying as they came inside the Korean frame.
 */
import { expect, test } from '@playwright/test';
import { connectionBanner } from './pages/clusters-page';
import { FLEET, HEALTHY } from './env';

test.use({ locale: 'ko-KR' });

test('document titles are in Korean: the overview, a component page and /troubleshoot', async ({ page }) => {
  await page.goto(HEALTHY.url);
  await expect(page.getByRole('heading', { level: 1, name: '개요' })).toBeVisible();
  await expect(page).toHaveTitle('개요 · kubesys');
  await page.goto(`${HEALTHY.url}/components/coredns`);
  await expect(page.getByRole('heading', { level: 1, name: 'CoreDNS' })).toBeVisible();
  await expect(page).toHaveTitle('coredns · 컴포넌트 · kubesys');
  await page.goto(`${HEALTHY.url}/troubleshoot`);
  await expect(page).toHaveTitle('문제 해결 · kubesys');
});

test('an unknown component says so in Korean', async ({ page }, testInfo) => {
  const response = await page.goto(`${HEALTHY.url}/components/nope`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('컴포넌트 nope을(를) 찾을 수 없습니다');
  await expect(page.getByText('kube-system에 이 이름의 컴포넌트가 없습니다.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '개요로 돌아가기' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ko-component-not-found.png'), fullPage: true });
});

test('an unknown pod says so in Korean', async ({ page }, testInfo) => {
  const response = await page.goto(`${HEALTHY.url}/pods/nope-7d9f-xk2p`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pod nope-7d9f-xk2p을(를) 찾을 수 없습니다');
  await expect(page.getByText('Deployment와 DaemonSet의 Pod는 다시 생성되면 이름이 바뀝니다')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ko-pod-not-found.png'), fullPage: true });
});

test('the connection banner is in Korean around the API server words', async ({ page }, testInfo) => {
  await page.goto(`${FLEET.url}/c/demo-bad-token/pods`);
  await expect(connectionBanner(page)).toContainText('자격 증명 거부됨: demo-bad-token');
  // The API server's answer is quoted as it came.
  await expect(connectionBanner(page)).toContainText('Unauthorized');
  // kubesys's own English line about it is for scripts (the JSON API), not for this page.
  await expect(connectionBanner(page)).not.toContainText('credentials refused');
  await page.screenshot({ path: testInfo.outputPath('ko-connection-refused.png'), fullPage: true });

  await page.goto(`${FLEET.url}/c/demo-unreachable/`);
  await expect(connectionBanner(page)).toContainText('클러스터에 연결할 수 없음: demo-unreachable');
  await expect(connectionBanner(page)).toContainText('ECONNREFUSED');
  await expect(connectionBanner(page)).not.toContainText('cannot reach');
  await page.screenshot({ path: testInfo.outputPath('ko-connection-unreachable.png'), fullPage: true });
});

test('a context whose cluster entry is gone says what is wrong with the kubeconfig, in Korean', async ({ page }, testInfo) => {
  await page.goto(`${FLEET.url}/c/demo-dangling/`);
  const panel = page.getByRole('main').getByRole('alert');
  await expect(panel).toContainText('사용할 수 있는 컨텍스트 없음: 컨텍스트 demo-dangling의 클러스터가 kubeconfig에 정의되어 있지 않습니다.');
  await expect(panel).toContainText('사용할 수 있는 컨텍스트: demo-healthy');
  // kubesys's English (the JSON API's message) is not this page's.
  await expect(panel).not.toContainText('names a cluster');
  await page.screenshot({ path: testInfo.outputPath('ko-kubeconfig-problem.png'), fullPage: true });
});
