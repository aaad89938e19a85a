import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from './index';
import { startHarness, type Harness } from './server/test-helpers';
import type { KObject } from './types';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kubesys-kubectl-'));

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logPollMs: 50 });
});
afterAll(() => h.sim.close());

const base = () => ['--kubeconfig', h.sim.kubeconfigPath, '--cache-dir', join(dir, 'cache')];

async function kubectl(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await exec('kubectl', [...base(), ...args], { timeout: 30_000 });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

/** Run kubectl in the background, collecting stdout; `until` resolves once stdout matches. */
function background(...args: string[]) {
  const child = spawn('kubectl', [...base(), ...args]);
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const until = async (re: RegExp) => {
    for (let i = 0; i < 600 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 25));
    if (!re.test(out)) throw new Error(`kubectl output never matched ${re}: ${out} ${err}`);
  };
  return { child, exited, until, out: () => out, err: () => err };
}

function restartContainer(name: string) {
  return h.t.mutate((m) => {
    const pod = m.get('v1', 'Pod', 'kube-system', name)! as KObject & { status: { containerStatuses: { restartCount: number }[] } };
    const cs = pod.status.containerStatuses[0];
    m.upsert({ ...pod, status: { ...pod.status, containerStatuses: [{ ...cs, restartCount: cs.restartCount + 1 }] } });
  });
}

describe('kubectl against the demo cluster', () => {
  it('version reports the server version', async () => {
    const r = await kubectl('version');
    expect(r.stdout).toContain('Server Version: v1.31.4');
  });

  it('get pods prints the server-side Table', async () => {
    const r = await kubectl('get', 'pods', '-n', 'kube-system');
    expect(r.stderr).toBe('');
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header.split(/\s+/)).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['coredns-abc', 'coredns-def', 'etcd-cp-1', 'kube-proxy-1', 'kube-proxy-2', 'metrics-server-1']);
    expect(rows[1]).toMatch(/^coredns-def\s+1\/1\s+Running\s+3\s+/);
  });

  it('get nodes, short names and label selectors work', async () => {
    const r = await kubectl('get', 'no');
    expect(r.stdout.split('\n')[0].split(/\s+/).slice(0, 4)).toEqual(['NAME', 'STATUS', 'ROLES', 'AGE']);
    expect(r.stdout).toMatch(/cp-1\s+Ready\s+control-plane/);
    const dns = await kubectl('get', 'po', '-n', 'kube-system', '-l', 'k8s-app=kube-dns', '-o', 'name');
    expect(dns.stdout.trim().split('\n')).toEqual(['pod/coredns-abc', 'pod/coredns-def']);
  });

  it('get events with a field selector shows only that object', async () => {
    const r = await kubectl('get', 'events', '-n', 'kube-system', '--field-selector', 'involvedObject.name=coredns-def');
    const rows = r.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/Warning\s+BackOff\s+pod\/coredns-def/);
    const bad = await kubectl('get', 'pods', '--field-selector', 'spec.color=blue');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('field label not supported: spec.color');
  });

  it('get pods -w prints a change as it happens', async () => {
    const w = background('get', 'pods', '-n', 'kube-system', '-w');
    await w.until(/metrics-server-1/);
    await restartContainer('etcd-cp-1');
    await w.until(/etcd-cp-1\s+1\/1\s+Running\s+1\s+/);
    w.child.kill();
    await w.exited;
  });

  it('top nodes and top pods read metrics.k8s.io', async () => {
    const nodes = await kubectl('top', 'nodes');
    expect(nodes.stdout).toMatch(/^NAME\s+CPU\(cores\)\s+CPU(%)?/);
    expect(nodes.stdout).toMatch(/worker-1\s+500m\s+12%\s+2048Mi\s+25%/);
    const pods = await kubectl('top', 'pods', '-n', 'kube-system');
    expect(pods.stdout).toMatch(/coredns-abc\s+3m\s+20Mi/);
  });

  it('logs --tail, --previous and a multi-container pod', async () => {
    const tail = await kubectl('logs', '-n', 'kube-system', 'coredns-abc', '--tail=5');
    expect(tail.stdout).toBe(['15', '16', '17', '18', '19'].map((n) => `[INFO] line ${n}\n`).join(''));
    expect((await kubectl('logs', '-n', 'kube-system', 'coredns-def', '--previous')).stdout).toBe('panic: previous instance\n');
    const none = await kubectl('logs', '-n', 'kube-system', 'coredns-abc', '--previous');
    expect(none.stderr).toContain('previous terminated container "coredns" in pod "coredns-abc" not found');
    expect((await kubectl('logs', '-n', 'kube-system', 'metrics-server-1', '-c', 'metrics-server')).stdout).toBe('serving\n');
  });

  it('logs -f streams new lines and ends cleanly when the container restarts', async () => {
    h.t.logs.set('kube-proxy-1/kube-proxy', [{ time: Date.now(), text: 'I1128 started' }]);
    const f = background('logs', '-n', 'kube-system', 'kube-proxy-1', '-f');
    await f.until(/I1128 started/);
    h.t.logs.get('kube-proxy-1/kube-proxy')!.push({ time: Date.now() + 1, text: 'I1128 synced' });
    await f.until(/I1128 synced/);
    await restartContainer('kube-proxy-1');
    expect(await f.exited).toBe(0);
  });

  it('get --raw /readyz?verbose prints the API server text', async () => {
    const r = await kubectl('get', '--raw', '/readyz?verbose');
    expect(r.stdout).toBe(readFileSync(new URL('../fixtures/health/readyz-verbose-healthy.txt', import.meta.url), 'utf8'));
  });

  it('refuses delete, apply and create with a clear message', async () => {
    const del = await kubectl('delete', 'pod', '-n', 'kube-system', 'coredns-abc');
    expect(del.code).not.toBe(0);
    expect(del.stderr).toContain('Error from server (MethodNotAllowed)');
    expect(del.stderr).toContain('read-only');
    const file = join(dir, 'cm.yaml');
    writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: kube-system\n');
    const apply = await kubectl('apply', '-f', file);
    expect(apply.code).not.toBe(0);
    expect(apply.stderr).toMatch(/MethodNotAllowed.*read-only/);
    const create = await kubectl('create', 'configmap', 'y', '-n', 'kube-system');
    expect(create.stderr).toContain('read-only');
    expect((await kubectl('get', 'pod', '-n', 'kube-system', 'coredns-abc')).code).toBe(0);
  });

  it('says a resource is unknown or not found like a real cluster', async () => {
    expect((await kubectl('get', 'pod', '-n', 'kube-system', 'ghost')).stderr).toContain('Error from server (NotFound): pods "ghost" not found');
    expect((await kubectl('get', 'secrets', '-n', 'kube-system')).stderr).toContain('No resources found');
  });
});

describe.each(['27', '30', '33'])('kubectl 1.%s (picked by the dispatcher from the server minor)', (minor) => {
  let v: Harness;
  beforeAll(async () => {
    v = await startHarness({}, (t) => (t.source.version = { ...t.source.version, minor, gitVersion: `v1.${minor}.2` }));
  });
  afterAll(() => v.sim.close());
  const run = (...args: string[]) =>
    exec('kubectl', ['--kubeconfig', v.sim.kubeconfigPath, '--cache-dir', join(dir, `cache-${minor}`), ...args], { timeout: 30_000 }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );

  it('gets pods, tops nodes, and has apply refused by the server', async () => {
    expect((await run('version')).stdout).toMatch(new RegExp(`Server Version: (version.Info{.*)?v1.${minor}.2`));
    expect((await run('get', 'pods', '-n', 'kube-system')).stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\n/);
    expect((await run('top', 'nodes')).stdout).toMatch(/cp-1\s+250m/);
    const file = join(dir, `cm-${minor}.yaml`);
    writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: kube-system\n');
    const apply = await run('apply', '-f', file);
    expect(apply.code).not.toBe(0);
    expect(apply.stderr).toMatch(/MethodNotAllowed.*read-only/);
  });
});

describe.each(['healthy', 'degraded'] as const)('kubectl against the simulated kubeadm world (%s)', (scenario) => {
  let sim: RunningSim;
  beforeAll(async () => {
    const { createWorld } = await import('./world/index');
    sim = await startSim({ source: createWorld({ nodes: 4, seed: 7, scenario }), port: 0, quiet: true, kubeconfig: join(dir, `world-${scenario}`) });
  });
  afterAll(() => sim.close());
  const run = (...args: string[]) =>
    exec('kubectl', ['--kubeconfig', sim.kubeconfigPath, '--cache-dir', join(dir, `cache-${scenario}`), '-n', 'kube-system', ...args], { timeout: 30_000 }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );
  const corednsPods = async () =>
    (await run('get', 'pods', '-l', 'k8s-app=kube-dns', '--no-headers')).stdout
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/));

  it('lists CoreDNS with NAME READY STATUS RESTARTS AGE and tails its log', async () => {
    const pods = await corednsPods();
    expect(pods).toHaveLength(2);
    const healthy = pods.find((p) => p[2] === 'Running' && p[1] === '1/1')!;
    const tail = await run('logs', healthy[0], '--tail=5');
    expect(tail.code).toBe(0);
    expect(tail.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('streams Lease renewals to get -w', async () => {
    const child = spawn('kubectl', ['--kubeconfig', sim.kubeconfigPath, '--cache-dir', join(dir, `cache-${scenario}`), '-n', 'kube-system', 'get', 'leases', '-w', '--output-watch-events']);
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    // kubectl writes a row in more than one chunk, so wait for the whole row, not only its first word.
    const renewal = /^MODIFIED\s+kube-(scheduler|controller-manager)\S*\s+\S+/m;
    for (let i = 0; i < 600 && !renewal.test(out); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill();
    expect(out).toMatch(renewal);
  });

  if (scenario === 'healthy') {
    it('tops nodes and kube-system pods', async () => {
      expect((await run('top', 'nodes')).stdout.trim().split('\n')).toHaveLength(5);
      expect((await run('top', 'pods')).stdout).toMatch(/coredns-\S+\s+\d+m\s+\d+Mi/);
    });
  } else {
    it('shows the crashing CoreDNS pod and its previous container log', async () => {
      const crashing = (await corednsPods()).find((p) => p[2] === 'CrashLoopBackOff');
      expect(crashing).toBeDefined();
      const prev = await run('logs', crashing![0], '--previous');
      expect(prev.code).toBe(0);
      expect(prev.stdout.length).toBeGreaterThan(0);
    });

    it('refuses top while the metrics APIService is unavailable, like a real cluster', async () => {
      const top = await run('top', 'nodes');
      expect(top.code).not.toBe(0);
      expect(top.stderr).toContain('Error from server (ServiceUnavailable)');
    });
  }
});

describe('kubectl against a replayed capture (fixtures/clusters/k3s)', () => {
  let sim: RunningSim;
  beforeAll(async () => {
    const { loadDump } = await import('./dump/index');
    sim = await startSim({ source: loadDump(join(__dirname, '../fixtures/clusters/k3s')), port: 0, quiet: true, kubeconfig: join(dir, 'dump-k3s') });
  });
  afterAll(() => sim.close());
  const run = (...args: string[]) =>
    exec('kubectl', ['--kubeconfig', sim.kubeconfigPath, '--cache-dir', join(dir, 'cache-dump'), ...args], { timeout: 30_000 }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );

  it('prints the capture as kubectl would have on the cluster', async () => {
    expect((await run('version')).stdout).toContain('Server Version: v1.31.2+k3s1');
    expect((await run('get', 'nodes')).stdout).toMatch(/primary-node\s+Ready\s+control-plane,master/);
    const pods = await run('get', 'pods', '-n', 'kube-system');
    expect(pods.stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\n/);
    expect(pods.stdout).toMatch(/coredns-56f6fc8fd7-p4x9z\s+1\/1\s+Running/);
    const events = await run('get', 'events', '-n', 'kube-system', '--field-selector', 'involvedObject.name=coredns-56f6fc8fd7-p4x9z');
    expect(events.stdout.trim().split('\n').slice(1).every((l) => l.includes('pod/coredns-56f6fc8fd7-p4x9z'))).toBe(true);
  });

  it('says what the capture did not record instead of inventing it: no /readyz, no Leases', async () => {
    const readyz = await run('get', '--raw', '/readyz?verbose');
    expect(readyz.code).not.toBe(0);
    expect(readyz.stderr).toContain('Error from server (NotFound)');
    const leases = await run('get', 'leases', '-n', 'kube-system');
    expect(leases.code).not.toBe(0);
    expect(leases.stderr).toContain('the server doesn\'t have a resource type "leases"');
  });

  it('explains missing logs and metrics, and refuses writes', async () => {
    expect((await run('logs', '-n', 'kube-system', 'coredns-56f6fc8fd7-p4x9z')).stderr).toContain('the replayed capture holds no log for it');
    expect((await run('top', 'pods', '-n', 'kube-system')).stderr).toContain('Metrics API not available');
    expect((await run('delete', 'pod', '-n', 'kube-system', 'coredns-56f6fc8fd7-p4x9z')).stderr).toContain('read-only');
  });
});
