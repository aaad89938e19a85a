/**
 * A 401 gets one fresh credential and one retry, never a loop: proven against the demo cluster, which
 * revokes what it issued or refuses everything on request, by reading its request log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { resetConfigForTests } from '@/lib/config';
import { eventually, sleep, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import { startSim, type RunningSim } from '@/sim/index';
import type { RequestLogEntry } from '@/sim/server/request-log';
import { loadConnection, type Connection } from './connection';
import { credentialsOf, MIN_FORCED_REFRESH_MS } from './credentials';
import { describeKubeError, kubeGetJson } from './http';
import { englishLine } from '@/lib/kube/problem-english';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-retry-'));
const savedKubeconfig = process.env.KUBECONFIG;
const PODS = '/api/v1/namespaces/kube-system/pods';
let sim: RunningSim | undefined;
let h: SimRuntime | undefined;
let conn: Connection | undefined;

afterEach(async () => {
  if (conn) credentialsOf(conn).close();
  await h?.close();
  await sim?.close();
  sim = h = conn = undefined;
});
afterAll(() => {
  process.env.KUBECONFIG = savedKubeconfig;
  resetConfigForTests();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function demo(opts: Parameters<typeof startSim>[0], kubeconfig?: (file: string) => string): Promise<{ sim: RunningSim; conn: Connection }> {
  sim = await startSim({ port: 0, nodes: 2, quiet: true, tickMs: 0, kubeconfig: path.join(dir, `${Date.now()}.kubeconfig`), ...opts });
  process.env.KUBECONFIG = kubeconfig ? kubeconfig(sim.kubeconfigPath) : sim.kubeconfigPath;
  resetConfigForTests();
  const result = loadConnection();
  if (!result.ok) throw new Error(englishLine(result.problem));
  conn = result.connection;
  return { sim, conn };
}

async function admin(target: RunningSim, route: string, method = 'POST', body?: unknown): Promise<void> {
  const response = await fetch(`${target.adminUrl}${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`admin ${route}: ${response.status}`);
}

const listPods = (c: Connection) =>
  kubeGetJson<{ kind: string }>(c, PODS, { query: { limit: 1 } }).then(
    (list) => list.kind,
    (error: unknown) => `${describeKubeError(error).status} ${describeKubeError(error).message}`,
  );

/** Pod-list requests the demo cluster logged after sequence number `since`. */
const podRequests = (target: RunningSim, since: number): RequestLogEntry[] =>
  target.requests(since).entries.filter((entry) => entry.path.startsWith(`${PODS}?`));

describe('after a 401', () => {
  it('an exec token that was revoked is replaced once, shared by concurrent requests, and each retries once', async () => {
    const { sim: s, conn: c } = await demo({ auth: 'exec' });
    expect(await listPods(c)).toBe('PodList');
    const since = s.requests().last;
    await admin(s, '/auth/revoke');
    expect(await Promise.all([1, 2, 3, 4, 5].map(() => listPods(c)))).toEqual(Array(5).fill('PodList'));
    const log = podRequests(s, since);
    expect(log.map((entry) => entry.status).sort()).toEqual([200, 200, 200, 200, 200, 401, 401, 401, 401, 401]);
    expect(new Set(log.filter((entry) => entry.status === 200).map((entry) => entry.credential)).size).toBe(1);
  });

  it('when every credential is refused: one fresh token, one retry, then the 401 stands and the next request is not retried', async () => {
    const { sim: s, conn: c } = await demo({ auth: 'exec' });
    expect(await listPods(c)).toBe('PodList');
    await admin(s, '/auth', 'PUT', { refuseAll: true });
    let since = s.requests().last;
    expect(await listPods(c)).toMatch(/^401 /);
    const attempts = podRequests(s, since);
    expect(attempts.map((entry) => entry.status)).toEqual([401, 401]);
    expect(attempts[0].credential).not.toBe(attempts[1].credential);
    // Within MIN_FORCED_REFRESH_MS there is nothing fresher to send: one attempt, no plugin run.
    since = s.requests().last;
    expect(await listPods(c)).toMatch(/^401 /);
    expect(podRequests(s, since).map((entry) => entry.status)).toEqual([401]);
  });

  it('a static token that was revoked is sent once: a fresh read yields the same token, so there is no retry', async () => {
    const { sim: s, conn: c } = await demo({ auth: 'token' });
    expect(await listPods(c)).toBe('PodList');
    await admin(s, '/auth/revoke');
    const since = s.requests().last;
    expect(await listPods(c)).toMatch(/^401 /);
    expect(podRequests(s, since).map((entry) => entry.status)).toEqual([401]);
  });

  it('a token-file is read again, so a rotated token works on the retry', async () => {
    const tokenFile = path.join(dir, 'token');
    fs.writeFileSync(tokenFile, 'not-the-token\n');
    const { sim: s, conn: c } = await demo({ auth: 'token' }, (file) => {
      const kc = parse(fs.readFileSync(file, 'utf8')) as { users: { user: Record<string, unknown> }[] };
      kc.users[0].user = { 'token-file': tokenFile };
      fs.writeFileSync(`${file}.token-file.yaml`, stringify(kc));
      return `${file}.token-file.yaml`;
    });
    expect(await listPods(c)).toMatch(/^401 /);
    fs.writeFileSync(tokenFile, `${s.token}\n`);
    await sleep(MIN_FORCED_REFRESH_MS);
    const since = s.requests().last;
    expect(await listPods(c)).toBe('PodList');
    expect(podRequests(s, since).map((entry) => entry.status)).toEqual([401, 200]);
  });

  it('client certificate files rewritten after a revocation are read again and used on the retry', async () => {
    const { sim: s, conn: c } = await demo({ auth: 'client-cert' });
    expect(await listPods(c)).toBe('PodList');
    await admin(s, '/auth/revoke');
    const since = s.requests().last;
    expect(await listPods(c)).toBe('PodList');
    const attempts = podRequests(s, since);
    expect(attempts.map((entry) => entry.status)).toEqual([401, 200]);
    expect(attempts[0].rejected).toBe('client certificate revoked');
  });

  it('watch streams: informers re-watching after a revocation share one fresh token and stay live', async () => {
    h = await startSimRuntime('auth-retry-watch', { auth: 'exec' });
    expect(await h.runtime.waitForSync(30_000)).toBe(true);
    await h.admin('/auth/revoke', 'POST');
    const since = h.sim.requests().last;
    await h.dropWatches();
    const watches = () => h!.sim.requests(since).entries.filter((entry) => /[?&]watch=true/.test(entry.path));
    const informers = h.runtime.cache.informers.size;
    await eventually(() => watches().filter((entry) => entry.status === 200).length >= informers, 20_000, 'every informer watching again');
    const byKind = new Map<string, number[]>();
    for (const entry of watches()) byKind.set(entry.path.split('?')[0], [...(byKind.get(entry.path.split('?')[0]) ?? []), entry.status]);
    // Each kind's watch: one 401 and its retry, or straight to 200 when another request had already refreshed.
    for (const [kind, statuses] of byKind) expect([[401, 200], [200]], kind).toContainEqual(statuses);
    expect(watches().some((entry) => entry.status === 401)).toBe(true);
    expect(new Set(watches().filter((entry) => entry.status === 200).map((entry) => entry.credential)).size).toBe(1);
    expect([...h.runtime.cache.informers.values()].map((informer) => informer.state)).toEqual(Array(informers).fill('live'));
  });
});
