/**
 * Requests kubesys refuses, and how: a Host it does not answer to (DNS rebinding, in every AUTH_MODE),
 * odd methods, any bytes in the path, unknown API routes: each a JSON error envelope with the security
 * headers, never a bare 500 or a stack trace in the log. Also: `..` in a proxied path is resolved and
 * then checked, and no development page is in the production build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HEALTHY, SECURITY } from './env';
import { send, sendRaw, type Answer } from './http';

const CONFIGMAPS = '/api/k8s/api/v1/namespaces/kube-system/configmaps';

function expectEnvelope(answer: Answer, status: number, what: string): void {
  expect(answer.status, what).toBe(status);
  expect(answer.headers['content-type'], what).toMatch(/^application\/json/);
  expect(answer.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
  expect(answer.headers['x-frame-options'], what).toBe('DENY');
  if (answer.body) expect(JSON.parse(answer.body), what).toMatchObject({ error: { status, code: expect.any(String), message: expect.any(String) } });
}

/** The sweep's own client address: its token-less POSTs to /api/auth/login count as failed sign-ins. */
const SWEEP_CLIENT = '127.0.0.61';

async function sessionCookie(): Promise<string> {
  const answer = await send(SECURITY.url, '/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: SECURITY.token }) });
  expect(answer.status).toBe(200);
  return String(answer.headers['set-cookie']).split(';')[0]!;
}

test('a foreign Host is refused in AUTH_MODE=none and token, even with a session; loopback names and ALLOWED_HOSTS are answered', async () => {
  const refused = await send(HEALTHY.url, CONFIGMAPS, { headers: { Host: 'attacker.example' } });
  expectEnvelope(refused, 421, 'none');
  expect(JSON.parse(refused.body).error.message).toContain('ALLOWED_HOSTS');
  for (const host of [`localhost:${HEALTHY.port}`, `127.0.0.1:${HEALTHY.port}`, `[::1]:${HEALTHY.port}`]) {
    expect((await send(HEALTHY.url, CONFIGMAPS, { headers: { Host: host } })).status, host).toBe(200);
  }

  const cookie = await sessionCookie();
  expectEnvelope(await send(SECURITY.url, '/api/overview', { headers: { Host: 'attacker.example', Cookie: cookie } }), 421, 'token');
  expect((await send(SECURITY.url, '/api/overview', { headers: { Host: SECURITY.allowedHost, Cookie: cookie } })).status).toBe(200);
  expect((await send(SECURITY.url, '/api/overview', { headers: { Host: `${SECURITY.allowedHost.toUpperCase()}:443`, Cookie: cookie } })).status).toBe(200);
});

test('probes and scrapes answer any Host: a kubelet names the pod by its IP', async () => {
  for (const probe of ['/api/healthz', '/api/readyz', '/api/metrics']) {
    expect([200, 503], probe).toContain((await send(SECURITY.url, probe, { headers: { Host: '10.244.3.7:3000' } })).status);
  }
});

test('odd methods, undecodable paths and unknown API routes get the JSON envelope with the security headers', async () => {
  expectEnvelope(await send(HEALTHY.url, '/api/overview', { method: 'TRACE' }), 405, 'TRACE');
  expectEnvelope(await send(HEALTHY.url, '/api/pods/%ff'), 400, '%ff');
  const unknown = await send(HEALTHY.url, '/api/no-such-route/x');
  expectEnvelope(unknown, 404, 'unknown');
  expect(JSON.parse(unknown.body).error.message).toContain('/api/no-such-route/x');
  const rawByte = await sendRaw(HEALTHY.url, Buffer.from('GET /api/pods/\xff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'latin1'));
  expect(rawByte.status).toBe(400);
  expect(rawByte.head).toMatch(/content-type: application\/json/i);
  expect(rawByte.head).toMatch(/x-frame-options: DENY/i);
  expect(JSON.parse(rawByte.body)).toMatchObject({ error: { status: 400 } });
});

/** The app's routes as the build lists them, with every dynamic segment replaced by `value`. */
function routes(value: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '.next', 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return [...new Set(Object.values(manifest))]
    .filter((route) => !route.startsWith('/_') && !/\.(ico|txt|xml|png)$/.test(route))
    .map((route) => route.replace(/\[\[?\.\.\.[^\]]+\]\]?|\[[^\]]+\]/g, value));
}

test('every route, every method, odd bytes in the path: each error is the envelope, none is a 5xx, no stack trace in the log', async () => {
  test.setTimeout(240_000);
  const cookie = await sessionCookie();
  const values = ['%ff', '%00', '..%2f..%2fsecrets', '%2e%2e', 'x'.repeat(300), '%E2%82%AC', 'a%20b'];
  const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];
  const targets = [...new Set(values.flatMap(routes))];
  const seen = new Set<number>();
  for (const target of targets) {
    await Promise.all(
      methods.map(async (method) => {
        // Not the session to /api/auth/*: a sign-out would end it for the rest of the sweep.
        const headers: Record<string, string> = target.startsWith('/api/auth/') ? {} : { Cookie: cookie };
        const answer = await send(SECURITY.url, target, { method, headers, from: SWEEP_CLIENT });
        const what = `${method} ${target.slice(0, 80)}`;
        seen.add(answer.status);
        expect(answer.status, what).toBeLessThan(500);
        const isPage = !target.startsWith('/api/');
        if (answer.status < 400 || (isPage && answer.status === 404 && (method === 'GET' || method === 'HEAD'))) return;
        expectEnvelope(method === 'HEAD' ? { ...answer, body: '' } : answer, answer.status, what);
      }),
    );
  }
  for (const bytes of ['\xff', '\x01', ' ', '\x7f', '"<>']) {
    const raw = await sendRaw(SECURITY.url, Buffer.from(`GET /api/pods/a${bytes}b HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n\r\n`, 'latin1'));
    expect(raw.status, JSON.stringify(bytes)).toBeGreaterThanOrEqual(400);
    expect(raw.status, JSON.stringify(bytes)).toBeLessThan(500);
    expect(raw.head, JSON.stringify(bytes)).toMatch(/content-type: application\/json/i);
  }
  expect([...seen]).toEqual(expect.arrayContaining([400, 404, 405]));
  const log = fs.readFileSync(SECURITY.log, 'utf8');
  expect(log, 'a stack trace in the server log').not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(log).not.toMatch(/HTTP method is unsupported|Internal Server Error/);
});

test('`..` in a proxied path is resolved first, then checked against the allowlist; encoded dots are refused', async () => {
  const intoKubeSystem = await send(HEALTHY.url, '/api/k8s/api/v1/namespaces/default/../kube-system/pods');
  expect(intoKubeSystem.status).toBe(200);
  expect(JSON.parse(intoKubeSystem.body)).toMatchObject({ kind: 'PodList' });
  const outOfKubeSystem = await send(HEALTHY.url, '/api/k8s/api/v1/namespaces/kube-system/pods/../../default/pods');
  expectEnvelope(outOfKubeSystem, 403, 'resolved to default');
  expect(JSON.parse(outOfKubeSystem.body)).toMatchObject({ kind: 'Status', message: expect.stringContaining('kubesys proxy refuses this path') });
  expectEnvelope(await send(HEALTHY.url, '/api/k8s/api/v1/namespaces/kube-system/%2e%2e/default/pods'), 403, 'encoded dots');
});

test('nothing for development ships: the design preview is not in the production build', async () => {
  const preview = await send(HEALTHY.url, '/dev/preview');
  expect(preview.status).toBe(404);
  expect(preview.body).not.toContain('Preview ·');
  expect(routes('x').filter((route) => route.startsWith('/dev'))).toEqual([]);
});
