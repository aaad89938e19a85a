/**
 * The real kubectl judges that each authentication and transport mode of the demo cluster is real: it
 * works with the kubeconfig the demo cluster writes, and fails once the part that mode needs is removed.
 */
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { RunningSim, SimOptions } from './index';
import { startHarness } from './server/test-helpers';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kubesys-auth-kubectl-'));
let sim: RunningSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(opts: Partial<SimOptions>): Promise<RunningSim> {
  sim = (await startHarness(opts)).sim;
  return sim;
}

async function kubectl(kubeconfig: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const running = exec('kubectl', ['--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'cache'), ...args], { timeout: 30_000 });
    running.child.stdin?.end(); // without credentials kubectl would otherwise wait for a typed username
    const { stdout, stderr } = await running;
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

/** The demo cluster's kubeconfig with one change, written beside it. */
function edited(s: RunningSim, name: string, edit: (kc: { clusters: { cluster: Record<string, unknown> }[]; users: { user: Record<string, unknown> }[] }) => void): string {
  const kc = parse(readFileSync(s.kubeconfigPath, 'utf8'));
  edit(kc);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, stringify(kc), { mode: 0o600 });
  return file;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!condition()) throw new Error(`waited 60 s for ${what}`);
}
const POD_ROW = /^coredns-abc\s+1\/1\s+Running/m;

describe('kubectl against each authentication mode', () => {
  it('client-cert: works with the certificate files, again after they rotated, and is Unauthorized with the expired one', async () => {
    const s = await start({ auth: 'client-cert', clientCertTtlS: 8 });
    const certFile = `${s.kubeconfigPath}.client.crt`;
    // Right after a rotation the files hold a certificate with its whole 8 s ahead: time for kubectl's requests.
    const rotation = async () => {
      const before = readFileSync(certFile, 'utf8');
      await until(() => readFileSync(certFile, 'utf8') !== before, 'the certificate files to be rewritten');
    };
    await rotation();
    const firstCert = readFileSync(certFile, 'utf8');
    const firstKey = readFileSync(`${s.kubeconfigPath}.client.key`, 'utf8');
    const first = await kubectl(s.kubeconfigPath, 'get', 'pods', '-n', 'kube-system');
    expect(first.stdout, first.stderr).toMatch(POD_ROW);
    const notAfterMs = Date.parse(new X509Certificate(firstCert).validTo);
    await until(() => Date.now() > notAfterMs, 'the first certificate to expire');
    await rotation();
    const rotated = await kubectl(s.kubeconfigPath, 'get', 'pods', '-n', 'kube-system');
    expect(rotated.stdout, rotated.stderr).toMatch(POD_ROW);
    const expired = edited(s, 'expired-cert', (kc) => {
      kc.users[0].user = { 'client-certificate-data': Buffer.from(firstCert).toString('base64'), 'client-key-data': Buffer.from(firstKey).toString('base64') };
    });
    const refused = await kubectl(expired, 'get', 'pods', '-n', 'kube-system');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/Unauthorized|must be logged in/);
  });

  it('exec: runs the plugin, is accepted, and is Unauthorized when the demo cluster refuses every credential', async () => {
    const s = await start({ auth: 'exec', tokenTtlS: 60 });
    const since = s.requests().last;
    expect((await kubectl(s.kubeconfigPath, 'get', 'pods', '-n', 'kube-system')).stdout).toMatch(POD_ROW);
    const pods = s.requests(since).entries.filter((entry) => entry.path.startsWith('/api/v1/namespaces/kube-system/pods'));
    expect(pods.map((entry) => [entry.status, entry.user])).toContainEqual([200, 'kubesys-demo-exec-user']);
    await fetch(`${s.adminUrl}/auth`, { method: 'PUT', body: JSON.stringify({ refuseAll: true }) });
    const refused = await kubectl(s.kubeconfigPath, 'get', 'pods', '-n', 'kube-system');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/Unauthorized|must be logged in/);
  });

  it('proxy-url: works through the CONNECT proxy; without it the connection is refused', async () => {
    const s = await start({ auth: 'exec', proxy: true });
    expect((await kubectl(s.kubeconfigPath, 'get', 'pods', '-n', 'kube-system')).stdout).toMatch(POD_ROW);
    const proxy = (await (await fetch(`${s.adminUrl}/proxy`)).json()) as { tunnels: number };
    expect(proxy.tunnels).toBeGreaterThan(0);
    const direct = await kubectl(edited(s, 'direct', (kc) => void delete kc.clusters[0].cluster['proxy-url']), 'get', 'pods', '-n', 'kube-system');
    expect(direct.code).not.toBe(0);
    expect(direct.stdout).not.toMatch(POD_ROW);
  });

  it('tls-server-name: verifies the certificate under that name; without it the certificate does not match', async () => {
    const s = await start({ tlsServerName: 'api.kubesys.test' });
    expect((await kubectl(s.kubeconfigPath, 'get', 'pods', '-n', 'kube-system')).stdout).toMatch(POD_ROW);
    const unnamed = await kubectl(edited(s, 'unnamed', (kc) => void delete kc.clusters[0].cluster['tls-server-name']), 'get', 'pods', '-n', 'kube-system');
    expect(unnamed.code).not.toBe(0);
    expect(unnamed.stderr).toMatch(/x509/);
  });
});
