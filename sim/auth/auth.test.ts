/**
 * The demo cluster's authentication modes over real HTTPS: what each accepts, what it refuses (401 on
 * every path for a presented credential that fails), and the request log that records it.
 */
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RunningSim } from '../index';
import { call, startHarness } from '../server/test-helpers';
import { EXEC_PLUGIN_PATH, verifyExecToken } from './exec-token';

const run = promisify(execFile);
let sim: RunningSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(opts: Parameters<typeof startHarness>[0]): Promise<RunningSim> {
  sim = (await startHarness(opts)).sim;
  return sim;
}

const kubeconfigUser = (s: RunningSim) => (parse(readFileSync(s.kubeconfigPath, 'utf8')) as { users: { user: Record<string, any> }[] }).users[0].user; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs the exec plugin exactly as the kubeconfig says and returns its ExecCredential. */
async function execCredential(s: RunningSim) {
  const { exec } = kubeconfigUser(s);
  const { stdout } = await run(exec.command, exec.args);
  return JSON.parse(stdout) as { apiVersion: string; kind: string; status: { token: string; expirationTimestamp: string } };
}

/** A GET with a client certificate (or none). */
function withCert(s: RunningSim, path: string, cert?: { cert: string; key: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.url}${path}`, { ca: s.caPem, ...(cert ?? {}) }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!condition()) throw new Error(`waited 60 s for ${what}`);
}

const admin = (s: RunningSim, route: string, method: string, body?: unknown) =>
  fetch(`${s.adminUrl}${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body) }).then((r) => r.json());

describe('token mode', () => {
  it('refuses a wrong token even on /version, while no token at all is anonymous there', async () => {
    const s = await start({});
    expect((await call(s, '/version', { token: null })).status).toBe(200);
    expect((await call(s, '/version', { token: 'wrong' })).status).toBe(401);
    expect((await call(s, '/readyz', { token: 'wrong' })).status).toBe(401);
    expect((await call(s, '/version')).status).toBe(200);
  });

  it('logs every request with its status and who sent it', async () => {
    const s = await start({});
    const since = s.requests().last;
    await call(s, '/api/v1/nodes');
    await call(s, '/api/v1/nodes', { token: 'wrong' });
    const { entries } = (await admin(s, `/requests?since=${since}`, 'GET')) as { entries: { path: string; status: number; user?: string; rejected?: string }[] };
    expect(entries.map(({ path, status, user, rejected }) => ({ path, status, user, rejected }))).toEqual([
      { path: '/api/v1/nodes', status: 200, user: 'kubesys-demo-admin', rejected: undefined },
      { path: '/api/v1/nodes', status: 401, user: undefined, rejected: 'unknown bearer token' },
    ]);
  });
});

describe('exec mode', () => {
  it('writes a kubeconfig whose plugin prints a v1 ExecCredential the demo cluster accepts until it expires', async () => {
    const s = await start({ auth: 'exec', tokenTtlS: 60 });
    const { exec } = kubeconfigUser(s);
    expect(exec).toMatchObject({ apiVersion: 'client.authentication.k8s.io/v1', command: process.execPath, args: [EXEC_PLUGIN_PATH, `${s.kubeconfigPath}.exec.json`], interactiveMode: 'Never' });
    const credential = await execCredential(s);
    expect(credential).toMatchObject({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential' });
    expect(credential.status.expirationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const expiresMs = Date.parse(credential.status.expirationTimestamp);
    expect(expiresMs - Date.now()).toBeGreaterThan(50_000);
    expect((await call(s, '/api/v1/nodes', { token: credential.status.token })).status).toBe(200);
    const { secret } = JSON.parse(readFileSync(`${s.kubeconfigPath}.exec.json`, 'utf8')) as { secret: string };
    expect(verifyExecToken(credential.status.token, secret, expiresMs - 1)).toMatchObject({ ok: true, expiresMs });
    expect(verifyExecToken(credential.status.token, secret, expiresMs)).toEqual({ ok: false, reason: `token expired at ${new Date(expiresMs).toISOString()}` });
    expect(verifyExecToken(`${credential.status.token.slice(0, -2)}AA`, secret, 0)).toEqual({ ok: false, reason: 'bad signature' });
    expect((await call(s, '/api/v1/nodes', { token: 'kubesys-exec.1.2.ab.forged' })).status).toBe(401);
  });

  it('refuses tokens issued before a revocation and accepts fresh ones; refuseAll refuses everything', async () => {
    const s = await start({ auth: 'exec' });
    const before = (await execCredential(s)).status.token;
    await admin(s, '/auth/revoke', 'POST');
    expect((await call(s, '/api/v1/nodes', { token: before })).status).toBe(401);
    const after = (await execCredential(s)).status.token;
    expect((await call(s, '/api/v1/nodes', { token: after })).status).toBe(200);
    expect(await admin(s, '/auth', 'PUT', { refuseAll: true })).toMatchObject({ mode: 'exec', refuseAll: true });
    expect((await call(s, '/api/v1/nodes', { token: after })).status).toBe(401);
    expect((await admin(s, '/auth', 'PUT', { refuseAll: 'yes' })) as { error: string }).toEqual({ error: '"refuseAll" must be true or false' });
  });
});

describe('client-cert mode', () => {
  it('accepts the certificate files the kubeconfig names and answers 401 without them, or with a bearer token', async () => {
    const s = await start({ auth: 'client-cert' });
    const user = kubeconfigUser(s);
    expect(Object.keys(user).sort()).toEqual(['client-certificate', 'client-key']);
    const cert = { cert: readFileSync(user['client-certificate'], 'utf8'), key: readFileSync(user['client-key'], 'utf8') };
    expect(await withCert(s, '/api/v1/nodes', cert)).toBe(200);
    expect(await withCert(s, '/api/v1/nodes')).toBe(401);
    expect(await withCert(s, '/version')).toBe(200);
    expect((await call(s, '/api/v1/nodes')).status).toBe(401);
    const logged = s.requests().entries.find((entry) => entry.status === 200 && entry.path === '/api/v1/nodes');
    expect(logged?.user).toBe('kubesys-demo-admin');
  });

  it('rotates the files and refuses a certificate once it expired', async () => {
    const s = await start({ auth: 'client-cert', clientCertTtlS: 4 });
    const user = kubeconfigUser(s);
    // The demo cluster runs in this process, so these two reads cannot straddle a rotation.
    const first = { cert: readFileSync(user['client-certificate'], 'utf8'), key: readFileSync(user['client-key'], 'utf8') };
    const notAfterMs = Date.parse(new X509Certificate(first.cert).validTo);
    await until(() => readFileSync(user['client-certificate'], 'utf8') !== first.cert, 'the files to be rewritten');
    await until(() => Date.now() > notAfterMs, 'the first certificate to expire');
    expect(await withCert(s, '/api/v1/nodes', first)).toBe(401);
    expect(s.requests().entries.at(-1)?.rejected).toMatch(/^client certificate (expired|not accepted: CERT_HAS_EXPIRED)/);
  });
});
