/**
 * Several demo clusters in one kubeconfig (`npm run demo -- --clusters 3`): a healthy one, a degraded one
 * and a replayed capture, each a demo cluster of its own (sim/), merged into one file with a context each
 * and the `kubesys` context extension saying what the environment variables say for a single demo
 * (source, capture time, DNS server). `broken` adds two contexts that fail: a closed port and a wrong token.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { startSim, type RunningSim, type SimOptions } from '../sim/index';

export interface DemoFleetOptions {
  /** 1 to 3 clusters, in the order healthy, degraded, replayed capture. */
  count: number;
  /** Where the merged kubeconfig goes (the demo clusters' own files go beside it). */
  kubeconfig: string;
  /** Options every demo cluster shares (seed, nodes, auth …). */
  shared?: SimOptions;
  /** Admin ports of the clusters, in order (tests drive their faults); random when absent. */
  adminPorts?: number[];
  /**
   * Add `demo-unreachable` (a port nothing listens on), `demo-bad-token` (the healthy cluster, a wrong token) and
   * `demo-dangling` (a context whose cluster entry is gone, as `kubectl config delete-cluster` leaves it).
   */
  broken?: boolean;
}

export interface DemoFleet {
  kubeconfigPath: string;
  /** context name → its demo cluster. */
  sims: Map<string, RunningSim>;
  contexts: string[];
  close(): Promise<void>;
}

const CAPTURE_DIR = path.resolve(__dirname, '..', 'fixtures', 'clusters', 'kubeadm-calico');

const MEMBERS: readonly { context: string; options: SimOptions }[] = [
  { context: 'demo-healthy', options: { scenario: 'healthy' } },
  { context: 'demo-degraded', options: { scenario: 'degraded' } },
  { context: 'demo-replay', options: { dump: CAPTURE_DIR } },
];

type RawConfig = {
  clusters: { name: string; cluster: Record<string, unknown> }[];
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { name: string; context: Record<string, unknown> }[];
};

export async function startDemoFleet(opts: DemoFleetOptions): Promise<DemoFleet> {
  if (!Number.isInteger(opts.count) || opts.count < 1 || opts.count > MEMBERS.length) {
    throw new Error(`--clusters takes 1 to ${MEMBERS.length} (healthy, degraded, replayed capture), not ${opts.count}`);
  }
  const dir = path.dirname(path.resolve(opts.kubeconfig));
  const base = path.basename(opts.kubeconfig).replace(/\.kubeconfig$/, '');
  const sims = new Map<string, RunningSim>();
  const merged: RawConfig = { clusters: [], users: [], contexts: [] };
  try {
    for (const [index, member] of MEMBERS.slice(0, opts.count).entries()) {
      const sim = await startSim({
        ...opts.shared,
        ...member.options,
        port: 0,
        ...(opts.adminPorts?.[index] ? { adminPort: opts.adminPorts[index] } : {}),
        kubeconfig: path.join(dir, `${base}.${member.context}.kubeconfig`),
        quiet: true,
      });
      sims.set(member.context, sim);
      const own = parse(fs.readFileSync(sim.kubeconfigPath, 'utf8')) as RawConfig;
      const extension = sim.source.capturedAt
        ? { source: 'dump', capturedAt: sim.source.capturedAt }
        : { source: 'demo', clusterDnsServer: `127.0.0.1:${sim.dnsPort}` };
      merged.clusters.push({ name: member.context, cluster: own.clusters[0].cluster });
      merged.users.push({ name: member.context, user: own.users[0].user });
      merged.contexts.push({
        name: member.context,
        context: { cluster: member.context, user: member.context, namespace: 'kube-system', extensions: [{ name: 'kubesys', extension }] },
      });
    }
    if (opts.broken) addBroken(merged, await closedPort());
  } catch (error) {
    await Promise.all([...sims.values()].map((sim) => sim.close()));
    throw error;
  }
  const kubeconfigPath = path.resolve(opts.kubeconfig);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(kubeconfigPath, stringify({ apiVersion: 'v1', kind: 'Config', ...merged, 'current-context': MEMBERS[0].context, preferences: {} }), { mode: 0o600 });
  return {
    kubeconfigPath,
    sims,
    contexts: merged.contexts.map((context) => context.name),
    close: async () => void (await Promise.all([...sims.values()].map((sim) => sim.close()))),
  };
}

/** A loopback port nothing listens on (one the system just handed out and took back). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A context whose server listens nowhere, and one that reaches the healthy cluster with a token it refuses. */
function addBroken(merged: RawConfig, port: number): void {
  const healthy = merged.clusters[0].cluster;
  merged.clusters.push({ name: 'demo-unreachable', cluster: { ...healthy, server: `https://127.0.0.1:${port}` } });
  merged.users.push({ name: 'demo-bad-token', user: { token: 'not-the-demo-token' } });
  merged.contexts.push(
    { name: 'demo-unreachable', context: { cluster: 'demo-unreachable', user: merged.users[0].name, namespace: 'kube-system' } },
    { name: 'demo-bad-token', context: { cluster: merged.clusters[0].name, user: 'demo-bad-token', namespace: 'kube-system' } },
    { name: 'demo-dangling', context: { cluster: 'demo-deleted', user: merged.users[0].name, namespace: 'kube-system' } },
  );
}
