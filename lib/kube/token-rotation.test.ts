/**
 * In a cluster the ServiceAccount token is a projected file the kubelet rotates. The raw HTTP layer
 * must pick up the new token without a restart: credentials.ts re-reads the file every minute (and at
 * once after a 401). Proven over real HTTPS against the demo cluster, which answers 401 to a wrong token.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSim, type RunningSim } from '@/sim/index';
import type { Connection } from './connection';
import { KubeApiError, kubeGetJson } from './http';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
let sim: RunningSim;
let prefix: string;

beforeAll(async () => {
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-sa-'));
  sim = await startSim({ port: 0, kubeconfig: path.join(prefix, 'kubeconfig'), quiet: true, tickMs: 0 });
  fs.mkdirSync(path.join(prefix, SA_DIR), { recursive: true });
  fs.writeFileSync(path.join(prefix, SA_DIR, 'ca.crt'), sim.caPem);
  fs.writeFileSync(path.join(prefix, SA_DIR, 'namespace'), 'kubesys');
});

afterAll(async () => {
  await sim.close();
  fs.rmSync(prefix, { recursive: true, force: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

function inClusterConnection(): Connection {
  vi.stubEnv('KUBERNETES_SERVICE_HOST', '127.0.0.1');
  vi.stubEnv('KUBERNETES_SERVICE_PORT', String(sim.port));
  const kc = new KubeConfig();
  kc.loadFromCluster(prefix);
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error('no in-cluster cluster');
  return { kc, clusterName: cluster.name, contextName: kc.getCurrentContext(), contexts: [], server: cluster.server, source: 'in-cluster' };
}

const writeToken = (token: string) => fs.writeFileSync(path.join(prefix, SA_DIR, 'token'), token);
const status = (conn: Connection) =>
  kubeGetJson(conn, '/api/v1/namespaces/kube-system/pods', { query: { limit: 1 } }).then(
    () => 200,
    (error: unknown) => (error instanceof KubeApiError ? error.status : -1),
  );

describe('projected ServiceAccount token rotation', () => {
  it('re-reads the token file, so a rotated token is used within a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 0, 1) });
    writeToken(sim.token);
    const conn = inClusterConnection();
    expect(conn.server).toBe(`https://127.0.0.1:${sim.port}`);
    expect(await status(conn)).toBe(200);

    // The kubelet swaps the file; within the cache windows the old (still valid) token is used.
    writeToken('rotated-to-something-the-server-refuses');
    vi.setSystemTime(Date.now() + 30_000);
    expect(await status(conn)).toBe(200);

    // After a minute the file is read again: the server sees the new token (and the 401's fresh read
    // finds the same token, so there is nothing to retry with).
    vi.setSystemTime(Date.now() + 61_000);
    expect(await status(conn)).toBe(401);

    writeToken(sim.token);
    vi.setSystemTime(Date.now() + 61_000);
    expect(await status(conn)).toBe(200);
  });
});
