/**
 * Journey: an operator opens kubesys at https://ops.example.com/kubesys/ through the Ingress. Pages,
 * assets and API calls all stay under /kubesys, links keep the prefix, a deep URL survives a reload,
 * and the dashboard believes the proxy's user only when the request really comes from the proxy.
 */
import { expect, test, type Request } from '@playwright/test';
import { send } from '../http';
import { PROXY_SOURCE_ADDRESS, PROXY_USER } from './nginx-conf';

const APP_PORT = Number(process.env.E2E_SUBPATH_APP_PORT);

test('the overview, its assets and its API calls all live under /kubesys, and deep links reload', async ({ page }) => {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));

  const response = await page.goto('/kubesys/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /control plane/i })).toBeVisible();

  const overviewCall = requests.find((r) => new URL(r.url()).pathname === '/kubesys/api/overview');
  expect(overviewCall, 'the overview is fetched under the base path').toBeDefined();
  expect((await overviewCall!.response())?.status()).toBe(200);
  const asset = requests.find((r) => new URL(r.url()).pathname.startsWith('/kubesys/_next/static/'));
  expect(asset, 'scripts and styles load under the base path').toBeDefined();
  expect((await asset!.response())?.headers()['x-content-type-options']).toBe('nosniff');
  const outside = requests.map((r) => new URL(r.url())).filter((url) => url.protocol.startsWith('http') && !/^\/kubesys(\/|$)/.test(url.pathname));
  expect(outside.map((url) => url.pathname)).toEqual([]);

  // Follow a component link: it keeps the prefix.
  const link = page.getByRole('main').getByRole('link', { name: /kube-apiserver|coredns|etcd/i }).first();
  await link.click();
  await expect(page).toHaveURL(/\/kubesys\/components\/[^/]+$/);
  const deepUrl = page.url();

  // Reload the deep URL: nginx passes it through and the dashboard (not nginx's 404) answers.
  const reloaded = await page.reload();
  expect(reloaded?.url()).toBe(deepUrl);
  expect(await reloaded?.text()).not.toContain('not routed by this Ingress');
  await expect(page.getByRole('link', { name: 'kubesys' }).first()).toHaveAttribute('href', '/kubesys');
});

test('nothing outside the prefix is routed to the dashboard', async ({ request }) => {
  const response = await request.get('/api/overview');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('not routed by this Ingress');
});

test('AUTH_MODE=proxy: the user header counts only from the proxy\'s address', async ({ request }) => {
  // Through nginx (source address PROXY_SOURCE_ADDRESS, X-Forwarded-User set): allowed.
  expect((await request.get('/kubesys/api/overview')).status()).toBe(200);

  // Straight to the dashboard, claiming to be the proxy: refused, whatever the headers say.
  const direct = await request.get(`http://127.0.0.1:${APP_PORT}/kubesys/api/overview`, {
    headers: { 'X-Forwarded-User': PROXY_USER, 'X-Forwarded-For': PROXY_SOURCE_ADDRESS, 'X-Kubesys-Peer': PROXY_SOURCE_ADDRESS },
  });
  expect(direct.status()).toBe(403);
  expect(await direct.json()).toEqual({
    error: { code: 'Forbidden', message: 'kubesys is reachable only through its sign-in proxy.', status: 403 },
  });

  // Probes stay open for the kubelet.
  expect((await request.get(`http://127.0.0.1:${APP_PORT}/kubesys/api/healthz`)).status()).toBe(200);
});

test('AUTH_MODE=proxy: a Host the dashboard does not answer to is refused, even through the proxy (DNS rebinding)', async ({ baseURL }) => {
  const refused = await send(baseURL!, '/kubesys/api/k8s/api/v1/namespaces/kube-system/configmaps', { headers: { Host: 'attacker.example' } });
  expect(refused.status).toBe(421);
  expect(JSON.parse(refused.body)).toMatchObject({ kind: 'Status', code: 421, error: { code: 'MisdirectedRequest', status: 421 } });
  expect(refused.headers['x-frame-options']).toBe('DENY');
});
