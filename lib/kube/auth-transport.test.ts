/**
 * How the kubeconfig reaches the API server: through a CONNECT proxy (`proxy-url`) and under a
 * `tls-server-name`, each for three exec-token lifetimes with no 401; and the kubeconfig shapes around
 * them (DNS-named server URL, insecure-skip-tls-verify, client-certificate-data, several files).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { resetConfigForTests } from '@/lib/config';
import { runLifetimes, TEST_CREDENTIAL_TTL_S, type LifetimeRun } from '@/test/auth-lifetimes';
import { startSim, type RunningSim } from '@/sim/index';
import { loadConnection, type Connection } from './connection';
import { credentialsOf } from './credentials';
import { describeKubeError, kubeGetJson } from './http';
import { englishLine } from '@/lib/kube/problem-english';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-transport-'));
const savedKubeconfig = process.env.KUBECONFIG;
const opened: Connection[] = [];
let run: LifetimeRun | undefined;
let sim: RunningSim | undefined;

afterEach(async () => {
  await run?.h.close();
  await sim?.close();
  run = undefined;
  sim = undefined;
  for (const conn of opened.splice(0)) credentialsOf(conn).close();
});
afterAll(() => {
  process.env.KUBECONFIG = savedKubeconfig;
  resetConfigForTests();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Kubeconfig = { clusters: { cluster: Record<string, unknown> }[]; users: { name: string; user: Record<string, unknown> }[] };

/** The demo cluster's kubeconfig, edited, as a connection (KUBECONFIG may list several files). */
function connect(files: string[]): Connection {
  process.env.KUBECONFIG = files.join(path.delimiter);
  resetConfigForTests();
  const result = loadConnection();
  if (!result.ok) throw new Error(englishLine(result.problem));
  opened.push(result.connection);
  return result.connection;
}

function edited(name: string, edit: (kc: Kubeconfig) => void): string {
  const kc = parse(fs.readFileSync(sim!.kubeconfigPath, 'utf8')) as Kubeconfig;
  edit(kc);
  const file = path.join(dir, name);
  fs.writeFileSync(file, stringify(kc), { mode: 0o600 });
  return file;
}

const outcome = (conn: Connection) =>
  kubeGetJson<{ kind: string }>(conn, '/api/v1/namespaces/kube-system/pods', { query: { limit: 1 } }).then(
    (list) => list.kind,
    (error: unknown) => describeKubeError(error).message,
  );

const startDemo = async (opts: Parameters<typeof startSim>[0]) => {
  sim = await startSim({ port: 0, nodes: 2, quiet: true, tickMs: 0, kubeconfig: path.join(dir, `${Date.now()}.kubeconfig`), ...opts });
  return sim;
};

describe('three exec-token lifetimes with no 401', () => {
  it('behind an HTTP CONNECT proxy, every connection through the proxy', async () => {
    run = await runLifetimes('auth-proxy', { auth: 'exec', tokenTtlS: TEST_CREDENTIAL_TTL_S, proxy: true });
    expect(run.afterFirstSuccess.filter((entry) => entry.status === 401)).toEqual([]);
    expect(run.credentials.size).toBeGreaterThanOrEqual(3);
    expect(run.requestsPerLifetime.every((n) => n > 0)).toBe(true);
    const proxy = (await run.h.admin('/proxy', 'GET')) as { tunnels: number; refusedDirect: number };
    expect(proxy.tunnels).toBeGreaterThan(0);
    expect(proxy.refusedDirect).toBe(0);
    expect(run.h.runtime.freshness().state).toBe('live');
  });

  it('under a tls-server-name the URL does not carry', async () => {
    run = await runLifetimes('auth-tls-name', { auth: 'exec', tokenTtlS: TEST_CREDENTIAL_TTL_S, tlsServerName: 'api.kubesys.test' });
    expect(run.afterFirstSuccess.filter((entry) => entry.status === 401)).toEqual([]);
    expect(run.credentials.size).toBeGreaterThanOrEqual(3);
    expect(run.requestsPerLifetime.every((n) => n > 0)).toBe(true);
    expect(run.h.runtime.freshness().state).toBe('live');
  });
});

describe('kubeconfig transport settings', () => {
  it('verifies the certificate against tls-server-name, also when the URL names a host', async () => {
    await startDemo({ tlsServerName: 'api.kubesys.test' });
    expect(await outcome(connect([sim!.kubeconfigPath]))).toBe('PodList');
    const byName = edited('dns-url.yaml', (kc) => {
      kc.clusters[0].cluster.server = `https://localhost:${sim!.port}`;
    });
    expect(await outcome(connect([byName]))).toBe('PodList');
    // Without it the certificate (for api.kubesys.test only) does not match: the demo cluster's mode is real.
    const without = edited('no-name.yaml', (kc) => {
      delete kc.clusters[0].cluster['tls-server-name'];
    });
    expect(await outcome(connect([without]))).toMatch(/cannot reach the API server.*(altnames|IP: 127\.0\.0\.1)/i);
  });

  it('goes through proxy-url; a direct connection is refused', async () => {
    await startDemo({ proxy: true });
    expect(await outcome(connect([sim!.kubeconfigPath]))).toBe('PodList');
    const direct = edited('direct.yaml', (kc) => {
      delete kc.clusters[0].cluster['proxy-url'];
    });
    expect(await outcome(connect([direct]))).toMatch(/cannot reach the API server/);
  });

  it('skips verification with insecure-skip-tls-verify and no CA', async () => {
    await startDemo({});
    const insecure = edited('insecure.yaml', (kc) => {
      delete kc.clusters[0].cluster['certificate-authority-data'];
      kc.clusters[0].cluster['insecure-skip-tls-verify'] = true;
    });
    expect(await outcome(connect([insecure]))).toBe('PodList');
    const untrusted = edited('untrusted.yaml', (kc) => {
      delete kc.clusters[0].cluster['certificate-authority-data'];
    });
    expect(await outcome(connect([untrusted]))).toMatch(/cannot reach the API server.*certificate/i);
  });

  it('sends an embedded client certificate (client-certificate-data, client-key-data)', async () => {
    await startDemo({ auth: 'client-cert' });
    const embedded = edited('embedded.yaml', (kc) => {
      const user = kc.users[0].user;
      user['client-certificate-data'] = fs.readFileSync(user['client-certificate'] as string).toString('base64');
      user['client-key-data'] = fs.readFileSync(user['client-key'] as string).toString('base64');
      delete user['client-certificate'];
      delete user['client-key'];
    });
    expect(await outcome(connect([embedded]))).toBe('PodList');
    const none = edited('no-cert.yaml', (kc) => {
      kc.users[0].user = {};
    });
    expect(await outcome(connect([none]))).toBe('Unauthorized');
  });

  it('merges several KUBECONFIG files, running a relative exec command from its own file\'s directory', async () => {
    await startDemo({ auth: 'exec' });
    const kc = parse(fs.readFileSync(sim!.kubeconfigPath, 'utf8')) as Kubeconfig & Record<string, unknown>;
    const exec = kc.users[0].user.exec as { command: string; args: string[] };
    // The user lives in its own file, in its own directory, with a wrapper script named relative to it.
    const userDir = fs.mkdtempSync(path.join(dir, 'user-'));
    fs.mkdirSync(path.join(userDir, 'bin'));
    fs.writeFileSync(path.join(userDir, 'bin', 'get-token'), `#!/bin/sh\nexec '${exec.command}' ${exec.args.map((a) => `'${a}'`).join(' ')}\n`, { mode: 0o755 });
    const userFile = path.join(userDir, 'user.yaml');
    fs.writeFileSync(userFile, stringify({ apiVersion: 'v1', kind: 'Config', users: [{ ...kc.users[0], user: { exec: { ...exec, command: './bin/get-token', args: [] } } }] }));
    const clusterFile = path.join(dir, 'cluster.yaml');
    fs.writeFileSync(clusterFile, stringify({ ...kc, users: [] }));
    // A missing file in the list is skipped, as kubectl skips it.
    expect(await outcome(connect([path.join(dir, 'absent.yaml'), clusterFile, userFile]))).toBe('PodList');
  });
});
