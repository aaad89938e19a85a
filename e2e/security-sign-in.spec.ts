/**
 * Sign-in that resists guessing and forgery (AUTH_MODE=token, the security dashboard): failed sign-ins
 * are limited per client address and logged with it, `next` only ever leads to a path on this site,
 * sign-out ends the session on the server and is same-origin only, and the access log names every
 * request without a token in it.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SECURITY } from './env';
import { send, type SendOptions } from './http';
import { LoginPage } from './pages/login-page';

test.use({ baseURL: SECURITY.url });

const BASE = SECURITY.url;
const json = (body: unknown, opts: SendOptions = {}) =>
  send(BASE, '/api/auth/login', { method: 'POST', ...opts, headers: { 'Content-Type': 'application/json', ...opts.headers }, body: JSON.stringify(body) });
const form = (fields: Record<string, string>, opts: SendOptions = {}) =>
  send(BASE, '/api/auth/login', {
    method: 'POST',
    ...opts,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...opts.headers },
    body: new URLSearchParams(fields).toString(),
  });
const cookieOf = (answer: { headers: Record<string, unknown> }) => String(answer.headers['set-cookie']).split(';')[0]!;
const serverLog = () => fs.readFileSync(SECURITY.log, 'utf8');

test('failed sign-ins are limited per client address: then 429 with Retry-After, even for the right token', async () => {
  const from = '127.0.0.51';
  for (let i = 0; i < 3; i++) expect((await json({ token: `wrong-guess-${i}-0123456789` }, { from })).status).toBe(401);
  const limited = await json({ token: 'wrong-guess-3-0123456789' }, { from });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  expect(JSON.parse(limited.body)).toEqual({ error: { code: 'TooManyRequests', message: expect.stringMatching(/^Too many failed sign-ins from your address; try again in \d+ minutes?\.$/), status: 429 } });

  const rightToken = await json({ token: SECURITY.token }, { from });
  expect(rightToken.status).toBe(429);
  expect(rightToken.headers['set-cookie']).toBeUndefined();
  const browserForm = await form({ token: SECURITY.token, next: '/' }, { from });
  expect(browserForm.status).toBe(429);
  expect(browserForm.headers['retry-after']).toMatch(/^\d+$/);
  expect(browserForm.body).toContain('Too many failed sign-ins');

  expect((await json({ token: SECURITY.token }, { from: '127.0.0.52' })).status).toBe(200);

  const refusals = serverLog().split('\n').filter((line) => line.includes('"msg":"sign-in refused"') && line.includes('"client":"127.0.0.51"'));
  expect(refusals.filter((line) => line.includes('"reason":"wrong token"'))).toHaveLength(3);
  expect(refusals.some((line) => line.includes('"reason":"too many failed sign-ins"'))).toBe(true);
});

test('`next` only ever leads to a path on this site (was: /<TAB>/evil.example, and a 500 for a newline)', async () => {
  const cases: [string, string][] = [
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['/\r\nSet-Cookie: x=y', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/%2F%2Fevil.example', '/'],
    ['/%09/evil.example', '/'],
    ['/%5Cevil.example', '/'],
    ['/pods/coredns-x?tab=logs', '/pods/coredns-x?tab=logs'],
  ];
  for (const [next, location] of cases) {
    const answer = await form({ token: SECURITY.token, next });
    expect(answer.status, JSON.stringify(next)).toBe(303);
    expect(answer.headers.location, JSON.stringify(next)).toBe(location);
  }
  // A wrong token keeps `next` for the retry, made safe the same way.
  const wrong = await form({ token: 'wrong-token-0123456789', next: '/\n/evil.example' }, { from: '127.0.0.53' });
  expect(wrong.status).toBe(303);
  expect(wrong.headers.location).toBe('/login?error=invalid&next=%2F');
});

test('in the browser, a tampered `next` still lands on this site', async ({ page }) => {
  await page.goto('/login?next=%2F%09%2Fevil.example');
  await expect(page.locator('input[name="next"]')).toHaveValue('/');
  await page.locator('input[name="next"]').evaluate((input: HTMLInputElement) => {
    input.value = '/\t/evil.example';
  });
  await new LoginPage(page).signIn(SECURITY.token);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(SECURITY.url).origin);
});

test('sign-out ends the session on the server: a copy of the cookie no longer works', async () => {
  const cookie = cookieOf(await json({ token: SECURITY.token }));
  expect((await send(BASE, '/api/overview', { headers: { Cookie: cookie } })).status).toBe(200);
  const out = await send(BASE, '/api/auth/logout', { method: 'POST', headers: { Cookie: cookie, Origin: new URL(BASE).origin } });
  expect(out.status).toBe(303);
  expect(out.headers.location).toBe('/login?signedOut=1');
  const replayed = await send(BASE, '/api/overview', { headers: { Cookie: cookie } });
  expect(replayed.status).toBe(401);
  expect(JSON.parse(replayed.body)).toMatchObject({ error: { code: 'Unauthorized', status: 401 } });
});

test('sign-out and sign-in are same-origin only: Origin and Sec-Fetch-Site are checked, GET does nothing', async () => {
  const cookie = cookieOf(await json({ token: SECURITY.token }));
  const attempts: Record<string, string>[] = [
    { Origin: 'http://evil.example' },
    { 'Sec-Fetch-Site': 'cross-site' },
    { Origin: 'null' },
    { Origin: `http://localhost:${SECURITY.port}`, 'Sec-Fetch-Site': 'same-site' },
  ];
  for (const headers of attempts) {
    const out = await send(BASE, '/api/auth/logout', { method: 'POST', headers: { Cookie: cookie, ...headers } });
    expect(out.status, JSON.stringify(headers)).toBe(403);
    expect(JSON.parse(out.body)).toEqual({ error: { code: 'Forbidden', message: 'Cross-site sign-out refused.', status: 403 } });
  }
  expect((await send(BASE, '/api/auth/logout', { headers: { Cookie: cookie } })).status).toBe(405);
  expect((await send(BASE, '/api/overview', { headers: { Cookie: cookie } })).status).toBe(200);

  const crossSiteSignIn = await json({ token: SECURITY.token }, { headers: { Origin: 'http://evil.example' } });
  expect(crossSiteSignIn.status).toBe(403);
  expect(crossSiteSignIn.headers['set-cookie']).toBeUndefined();
});

/** Serves `html` as http://evil.example/ in this page only (no network), as an attacker's site. */
async function visitAttackerPage(page: Page, html: string): Promise<void> {
  await page.route('http://evil.example/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('http://evil.example/');
}

test('in the browser, another site cannot sign the user out', async ({ page }) => {
  await page.goto('/login');
  await new LoginPage(page).signIn(SECURITY.token);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  const refused = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
  await visitAttackerPage(page, `<form id="f" method="post" action="${SECURITY.url}/api/auth/logout"></form><script>document.getElementById('f').submit()</script>`);
  expect((await refused).status()).toBe(403);

  await page.goto(`${SECURITY.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('the access log has one JSON line per request (client, user, method, path, status, duration) and never a token', async () => {
  const cookie = cookieOf(await json({ token: SECURITY.token }, { from: '127.0.0.54' }));
  await send(BASE, '/api/overview?token=query-secret-0123456789', { headers: { Cookie: cookie }, from: '127.0.0.54' });
  await send(BASE, '/api/nope', { headers: { Cookie: cookie }, from: '127.0.0.54' });
  await expect
    .poll(() => serverLog().split('\n').filter((line) => line.includes('"msg":"access"') && line.includes('"client":"127.0.0.54"')).length)
    .toBeGreaterThanOrEqual(3);
  const entries = serverLog()
    .split('\n')
    .filter((line) => line.includes('"msg":"access"') && line.includes('"client":"127.0.0.54"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries[0]).toEqual({ time: expect.any(String), msg: 'access', client: '127.0.0.54', user: null, method: 'POST', path: '/api/auth/login', status: 200, durationMs: expect.any(Number) });
  expect(entries).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/overview', status: 200, user: expect.stringMatching(/^session:[A-Za-z0-9_-]{8}$/) }));
  expect(entries).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/nope', status: 404 }));

  const log = serverLog();
  for (const secret of [SECURITY.token, cookie.split('=')[1]!, 'query-secret-0123456789']) expect(log.includes(secret), 'the server log holds a credential').toBe(false);
});
