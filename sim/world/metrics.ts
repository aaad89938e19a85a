/** metrics.k8s.io NodeMetrics and PodMetrics: usage as smooth seeded noise around each container's profile, one snapshot per 15 s window. */
import type { KObject, MetricsSnapshot } from '../types';
import { iso, type NodeRec, type World } from './model';
import { hashKey, smoothNoise } from './rand';

/** metrics-server scrapes every --metric-resolution (15 s); values change once per window. */
export const METRICS_WINDOW_MS = 15_000;

const MI = 1024 * 1024;

/** CPU in nanocores and memory in bytes of one container at `t`. */
export function containerUsage(seed: number, key: number, cpuMilli: number, memMi: number, memLimitMi: number | undefined, t: number): { cpuN: number; memB: number } {
  const slow = smoothNoise(seed, key, t / 120_000);
  const fast = smoothNoise(seed, key ^ 0x5bd1e995, t / 20_000);
  const cpu = Math.max(0.05, cpuMilli * (1 + 0.35 * slow + 0.2 * fast));
  let mem = memMi * (1 + 0.06 * smoothNoise(seed, key ^ 0x27d4eb2d, t / 600_000) + 0.02 * fast);
  if (memLimitMi) mem = Math.min(mem, memLimitMi * 0.9);
  return { cpuN: Math.round(cpu * 1e6), memB: Math.round(mem * MI) };
}

const cpuQ = (nanocores: number) => `${Math.max(0, Math.round(nanocores))}n`;
const memQ = (bytes: number) => `${Math.max(0, Math.round(bytes / 1024))}Ki`;
const windowQ = (key: number) => `${10 + (key % 3)}.0${String(key % 100).padStart(2, '0')}s`;

/** Node-level usage the kubelet's summary API reports: the pods plus the system slice (kubelet, containerd, OS). */
function systemUsage(seed: number, node: NodeRec, t: number): { cpuN: number; memB: number } {
  return containerUsage(seed, hashKey(seed, 'system', node.name), node.isControlPlane ? 160 : 70, node.isControlPlane ? 1_450 : 820, undefined, t);
}

/**
 * Build the snapshot for the window containing `now`. Nodes whose kubelet is down are missing, as are
 * pods with no running container, exactly as metrics-server omits what it could not scrape.
 */
export function buildMetrics(w: World, nodeLabels: Map<string, Record<string, string>>, now: number, isRunning: (pod: string, t: number) => boolean): MetricsSnapshot {
  const windowEnd = Math.floor(now / METRICS_WINDOW_MS) * METRICS_WINDOW_MS;
  const perNode = new Map<string, { cpuN: number; memB: number }>();
  const pods: KObject[] = [];
  for (const pod of w.pods) {
    if (pod.node.downSince !== undefined || !isRunning(pod.name, windowEnd)) continue;
    const containers = [];
    const acc = perNode.get(pod.node.name) ?? { cpuN: 0, memB: 0 };
    for (const c of pod.containers) {
      if (c.isInit) continue;
      const u = containerUsage(w.seed, hashKey(w.seed, pod.name, c.name), c.cpuMilli, c.memMi, c.memLimitMi, windowEnd);
      acc.cpuN += u.cpuN;
      acc.memB += u.memB;
      containers.push({ name: c.name, usage: { cpu: cpuQ(u.cpuN), memory: memQ(u.memB) } });
    }
    perNode.set(pod.node.name, acc);
    const key = hashKey(w.seed, pod.name);
    pods.push({
      apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics',
      metadata: { name: pod.name, namespace: 'kube-system', creationTimestamp: iso(now), labels: pod.labels },
      timestamp: iso(windowEnd - (key % 5_000)), window: windowQ(key), containers,
    });
  }
  const nodes: KObject[] = [];
  for (const node of w.nodes) {
    if (node.downSince !== undefined) continue;
    const sys = systemUsage(w.seed, node, windowEnd);
    const acc = perNode.get(node.name) ?? { cpuN: 0, memB: 0 };
    const key = hashKey(w.seed, node.name);
    nodes.push({
      apiVersion: 'metrics.k8s.io/v1beta1', kind: 'NodeMetrics',
      metadata: { name: node.name, creationTimestamp: iso(now), labels: nodeLabels.get(node.name) ?? {} },
      timestamp: iso(windowEnd - (key % 5_000)), window: windowQ(key + 7),
      usage: { cpu: cpuQ(acc.cpuN + sys.cpuN), memory: memQ(acc.memB + sys.memB) },
    });
  }
  return { nodes, pods };
}

/** Memoises the snapshot per 15 s window, so polling clients cost one build per window. */
export function metricsCache(build: (now: number) => MetricsSnapshot): (now: number) => MetricsSnapshot {
  let window = NaN;
  let snap: MetricsSnapshot = { nodes: [], pods: [] };
  return (now) => {
    const current = Math.floor(now / METRICS_WINDOW_MS);
    if (current !== window) {
      snap = build(now);
      window = current;
    }
    return snap;
  };
}
