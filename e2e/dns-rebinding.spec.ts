/**
 * DNS rebinding in the browser: a page on another site whose name is rebound to 127.0.0.1 (Chromium's
 * resolver is told so) asks "itself" for kube-system ConfigMaps from a dashboard in the default
 * AUTH_MODE=none. The Host header still carries the page's own name, and kubesys refuses it. Chromium's
 * own Local Network Access checks would stop the request before it left the browser; they are off here,
 * as in browsers without them, so the test shows what kubesys itself does.
 */
import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { HEALTHY } from './env';

test.use({
  launchOptions: chromiumLaunchOptions({
    args: ['--host-resolver-rules=MAP attacker.example 127.0.0.1'],
    disableFeatures: ['LocalNetworkAccessChecks', 'PrivateNetworkAccessSendPreflights', 'PrivateNetworkAccessRespectPreflightResults', 'BlockInsecurePrivateNetworkRequests'],
  }),
});

const CONFIGMAPS = '/api/k8s/api/v1/namespaces/kube-system/configmaps';

test('a page whose name resolves to 127.0.0.1 reads nothing from the dashboard (AUTH_MODE=none)', async ({ page }) => {
  const origin = `http://attacker.example:${HEALTHY.port}`;
  // The attacker's page, served before its name is rebound to 127.0.0.1; its script then asks "itself".
  await page.route(`${origin}/start`, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>hello</h1>' }));
  await page.goto(`${origin}/start`);
  const stolen = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, body: await response.text() };
  }, `${origin}${CONFIGMAPS}`);
  expect(stolen.status).toBe(421);
  expect(stolen.body).not.toContain('coredns');
  expect(JSON.parse(stolen.body)).toMatchObject({ kind: 'Status', code: 421, reason: 'MisdirectedRequest' });
  const home = await page.goto(`${origin}/`);
  expect(home?.status()).toBe(421);
});
