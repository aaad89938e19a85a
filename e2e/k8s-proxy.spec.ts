/**
 * The read-only pass-through proxy (/api/k8s), proven by the real kubectl as an outside client of the
 * dashboard, and by hand-made requests that try to get around its allowlist.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { HEALTHY } from './env';

const run = promisify(execFile);
const emptyKubeconfig = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-proxy-')), 'config');
fs.writeFileSync(emptyKubeconfig, '');

/** kubectl pointed at the dashboard instead of the cluster: no credentials of its own. */
async function kubectl(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('kubectl', ['--kubeconfig', emptyKubeconfig, '--server', `${HEALTHY.url}/api/k8s`, ...args], { timeout: 30_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

test('kubectl lists kube-system pods through the dashboard, with the server-side table', async () => {
  const { code, out } = await kubectl('get', 'pods', '-n', 'kube-system');
  expect(code, out).toBe(0);
  expect(out.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
  expect(out).toMatch(/^coredns-\S+\s+1\/1\s+Running/m);
  expect(out).toMatch(/^kube-apiserver-control-plane-1\s/m);
});

test('kubectl top pods and get nodes work through it', async () => {
  const top = await kubectl('top', 'pods', '-n', 'kube-system');
  expect(top.code, top.out).toBe(0);
  expect(top.out).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)/);
  const nodes = await kubectl('get', 'nodes');
  expect(nodes.code, nodes.out).toBe(0);
  expect(nodes.out).toMatch(/^control-plane-1\s+Ready\s+control-plane/m);
});

test('kubectl logs of a kube-system pod work through it', async () => {
  const pods = await kubectl('get', 'pods', '-n', 'kube-system', '-o', 'name');
  const coredns = pods.out.split('\n').find((line) => line.startsWith('pod/coredns-'))!;
  const logs = await kubectl('logs', '-n', 'kube-system', coredns, '--tail=3');
  expect(logs.code, logs.out).toBe(0);
  expect(logs.out.trim().split('\n')).toHaveLength(3);
});

test('Secrets, other namespaces, writes and dangerous subresources are refused', async () => {
  const secrets = await kubectl('get', 'secrets', '-n', 'kube-system');
  expect(secrets.code).not.toBe(0);
  expect(secrets.out).toContain('Forbidden');
  expect(secrets.out).toContain('Secrets are never read');
  const other = await kubectl('get', 'pods', '-n', 'default');
  expect(other.code).not.toBe(0);
  expect(other.out).toContain('kubesys proxy refuses this path');
  const del = await kubectl('delete', 'pod', 'anything', '-n', 'kube-system');
  expect(del.code).not.toBe(0);
  expect(del.out).toContain('MethodNotAllowed');
});

test('traversal and encoding tricks never reach the API server', async ({ request }) => {
  const tricks = [
    '/api/v1/namespaces/kube-system/%2e%2e/default/pods',
    '/api/v1/namespaces/kube-system/pods/%252e%252e/%252e%252e/secrets',
    '/api/v1/namespaces/kube-system%2fsecrets',
    '/api/v1/namespaces/kube-system/secrets',
    '/api/v1/nodes/worker-1/proxy/configz',
    '/api/v1/namespaces/kube-system/pods/x/exec',
    '/api/v1/namespaces/kube-system/services/kube-dns/proxy',
    '/apis/metrics.k8s.io/v1beta1/pods',
  ];
  for (const trick of tricks) {
    const response = await request.get(`${HEALTHY.url}/api/k8s${trick}`, { maxRedirects: 5 });
    expect(response.status(), trick).toBe(403);
    const body = await response.json();
    expect(body, trick).toMatchObject({ kind: 'Status', code: 403, error: { status: 403 } });
  }
  const post = await request.post(`${HEALTHY.url}/api/k8s/api/v1/namespaces/kube-system/pods`, { data: {} });
  expect(post.status()).toBe(405);
});
