/**
 * Journey (AUTH_MODE=token): a colleague opens a shared link, signs in with the access token, lands on
 * the link, and signs out. Wrong tokens get a plain refusal; API calls without a session get 401 JSON;
 * neither the access token nor the cluster credential ever shows up in pages, API answers or logs.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { TOKEN_AUTH } from './env';
import { LoginPage } from './pages/login-page';

test.use({ baseURL: TOKEN_AUTH.url });

test('sign in from a shared link, land on it, sign out (which ends the session on the server)', async ({ page, context, request }) => {
  const login = new LoginPage(page);
  await page.goto('/?range=1h');
  await expect(page).toHaveURL(/\/login\?next=%2F%3Frange%3D1h$/);
  await expect(login.heading()).toBeVisible();

  await login.signIn('not-the-token-at-all');
  await expect(login.refusal()).toHaveText(/That access token is not valid\./);
  await expect(login.tokenField()).toHaveAttribute('aria-invalid', 'true');

  await login.signIn(TOKEN_AUTH.token);
  await expect(page).toHaveURL(/\/\?range=1h$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  const [cookie] = (await context.cookies()).filter((c) => c.name === 'kubesys_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
  expect(cookie.value).not.toContain(TOKEN_AUTH.token);

  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  expect((await context.cookies()).filter((c) => c.name === 'kubesys_session')).toEqual([]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?next=%2F$/);
  // A copy of the signed-out cookie (a stolen one, say) no longer works either.
  expect((await request.get('/api/overview', { headers: { Cookie: `kubesys_session=${cookie.value}` } })).status()).toBe(401);
});

test('API calls without a session get 401 in the error envelope; probes stay open', async ({ request }) => {
  const response = await request.get('/api/overview');
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: 'Unauthorized', message: 'Sign in with an access token to use kubesys.', status: 401 } });
  expect((await request.get('/api/healthz')).status()).toBe(200);
  expect([200, 503]).toContain((await request.get('/api/readyz')).status());
  const wrong = await request.post('/api/auth/login', { data: { token: 'guess-guess-guess-guess' } });
  expect(wrong.status()).toBe(401);
  expect(await wrong.json()).toEqual({ error: { code: 'Unauthorized', message: 'That access token is not valid.', status: 401 } });
  expect(wrong.headers()['set-cookie']).toBeUndefined();
});

test('every response carries the security headers; the page\'s scripts run under the nonce CSP', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) errors.push(message.text());
  });
  const response = await page.goto('/login');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
  // Next.js's inline scripts ran under the nonce and React hydrated: the theme toggle shows the choice only
  // once its component runs in the browser.
  await expect(page.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');
  await new LoginPage(page).tokenField().fill('x');
  expect(errors).toEqual([]);
});

test('neither the access token nor the cluster credential leaks into pages, API answers or logs', async ({ page, request }) => {
  const kubeconfig = fs.readFileSync(TOKEN_AUTH.kubeconfig, 'utf8');
  const clusterToken = /token:\s*(\S+)/.exec(kubeconfig)?.[1];
  expect(clusterToken).toBeTruthy();
  const secrets = [TOKEN_AUTH.token, clusterToken!];

  const seen: string[] = [];
  await page.goto('/login');
  seen.push(await page.content());
  await new LoginPage(page).signIn('wrong-wrong-wrong-wrong');
  await new LoginPage(page).signIn(TOKEN_AUTH.token);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  seen.push(await page.content());
  for (const path of ['/api/overview', '/api/readyz', '/api/metrics', '/api/healthz']) {
    const response = await page.request.get(path);
    seen.push(JSON.stringify(response.headers()), await response.text());
  }
  const login = await request.post('/api/auth/login', { data: { token: TOKEN_AUTH.token } });
  seen.push(await login.text());

  const log = fs.readFileSync(TOKEN_AUTH.log, 'utf8');
  expect(log).toContain('"msg":"signed in"');
  expect(log).toContain('"msg":"sign-in refused"');
  for (const secret of secrets) {
    expect(log.includes(secret), 'server log contains a credential').toBe(false);
    for (const text of seen) expect(text.includes(secret), 'a response contains a credential').toBe(false);
  }
});
