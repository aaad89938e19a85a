/**
 * A small, fully controllable ClusterSource for the server's tests: two nodes, a few kube-system pods
 * (one with two containers and a restarted container), events, and logs, metrics and health that tests set.
 */
import type { ClusterSource, HealthCheck, KObject, LogLine, MetricsSnapshot, Mutator } from '../types';

export const T0 = Date.parse('2026-11-28T20:00:00Z');

function pod(name: string, node: string, labels: Record<string, string>, containers: string[], phase = 'Running', restarts = 0): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'kube-system', labels, creationTimestamp: '2026-11-28T19:00:00Z' },
    spec: { nodeName: node, containers: containers.map((c) => ({ name: c, image: `registry.k8s.io/${c}:v1` })) },
    status: {
      phase,
      containerStatuses: containers.map((c) => ({
        name: c,
        ready: phase === 'Running',
        restartCount: restarts,
        containerID: `containerd://${name}-${c}-${restarts}`,
        state: phase === 'Running' ? { running: { startedAt: '2026-11-28T19:00:00Z' } } : { waiting: { reason: 'ContainerCreating' } },
      })),
    },
  };
}

function node(name: string, role?: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...(role ? { [`node-role.kubernetes.io/${role}`]: '' } : {}) } },
    status: { conditions: [{ type: 'Ready', status: 'True' }], allocatable: { cpu: '4', memory: '8Gi' }, capacity: { cpu: '4', memory: '8Gi' } },
  };
}

function event(name: string, involved: string, reason: string, type = 'Normal'): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'kube-system' },
    involvedObject: { kind: 'Pod', namespace: 'kube-system', name: involved },
    reason,
    message: `${reason} ${involved}`,
    type,
    source: { component: 'kubelet', host: 'cp-1' },
    count: 1,
    firstTimestamp: '2026-11-28T19:30:00Z',
    lastTimestamp: '2026-11-28T19:30:00Z',
  };
}

export interface TestSource {
  source: ClusterSource;
  /** Log lines per `pod/container` (current) and `pod/container/previous`. */
  logs: Map<string, LogLine[]>;
  setMetrics(m: MetricsSnapshot | { unavailable: string } | null): void;
  setHealth(h: { readyz: HealthCheck[]; livez: HealthCheck[] } | undefined): void;
  /** Run `fn` with the server's mutator on the next tick; resolves after it ran. */
  mutate(fn: (m: Mutator) => void): Promise<void>;
}

export function createTestSource(): TestSource {
  const objects: KObject[] = [
    node('cp-1', 'control-plane'),
    node('worker-1'),
    pod('coredns-abc', 'worker-1', { 'k8s-app': 'kube-dns', tier: 'addon' }, ['coredns']),
    pod('coredns-def', 'cp-1', { 'k8s-app': 'kube-dns' }, ['coredns'], 'Running', 3),
    pod('kube-proxy-1', 'cp-1', { 'k8s-app': 'kube-proxy' }, ['kube-proxy']),
    pod('kube-proxy-2', 'worker-1', { 'k8s-app': 'kube-proxy' }, ['kube-proxy'], 'Pending'),
    pod('etcd-cp-1', 'cp-1', { component: 'etcd', tier: 'control-plane' }, ['etcd']),
    pod('metrics-server-1', 'worker-1', { 'k8s-app': 'metrics-server' }, ['metrics-server', 'sidecar']),
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { nodeName: 'worker-1', containers: [{ name: 'web' }] }, status: { phase: 'Running' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }, spec: { clusterIP: '10.96.0.10' } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'token', namespace: 'kube-system' }, data: { token: 'c2VjcmV0' } },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'coredns', namespace: 'kube-system' }, spec: { replicas: 2 } },
    { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'kube-scheduler', namespace: 'kube-system' }, spec: { holderIdentity: 'cp-1' } },
    { apiVersion: 'apiregistration.k8s.io/v1', kind: 'APIService', metadata: { name: 'v1beta1.metrics.k8s.io' }, spec: { group: 'metrics.k8s.io' } },
    event('coredns-abc.1', 'coredns-abc', 'Pulled'),
    event('coredns-def.1', 'coredns-def', 'BackOff', 'Warning'),
    event('kube-proxy-1.1', 'kube-proxy-1', 'Started'),
  ];
  const logs = new Map<string, LogLine[]>();
  logs.set('coredns-abc/coredns', Array.from({ length: 20 }, (_, i) => ({ time: T0 + i * 1000, text: `[INFO] line ${i}` })));
  logs.set('coredns-def/coredns', [{ time: T0, text: 'current' }]);
  logs.set('coredns-def/coredns/previous', [{ time: T0 - 5000, text: 'panic: previous instance' }]);
  logs.set('metrics-server-1/metrics-server', [{ time: T0, text: 'serving' }]);
  let metrics: MetricsSnapshot | { unavailable: string } | null = {
    nodes: [
      { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'NodeMetrics', metadata: { name: 'cp-1', labels: { 'node-role.kubernetes.io/control-plane': '' } }, timestamp: '2026-11-28T20:00:00Z', window: '10s', usage: { cpu: '250m', memory: '1Gi' } },
      { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'NodeMetrics', metadata: { name: 'worker-1', labels: {} }, timestamp: '2026-11-28T20:00:00Z', window: '10s', usage: { cpu: '500m', memory: '2Gi' } },
    ],
    pods: [
      { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', metadata: { name: 'coredns-abc', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }, timestamp: '2026-11-28T20:00:00Z', window: '10s', containers: [{ name: 'coredns', usage: { cpu: '3m', memory: '20Mi' } }] },
      { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', metadata: { name: 'web', namespace: 'default', labels: {} }, timestamp: '2026-11-28T20:00:00Z', window: '10s', containers: [{ name: 'web', usage: { cpu: '1m', memory: '5Mi' } }] },
    ],
  };
  let health: { readyz: HealthCheck[]; livez: HealthCheck[] } | undefined;
  const pending: { fn: (m: Mutator) => void; done: () => void }[] = [];
  const source: ClusterSource = {
    kind: 'demo',
    name: 'kubesys-test',
    version: { major: '1', minor: '31', gitVersion: 'v1.31.4', gitCommit: 'a78aa47129b8539636eb86a9d00e31b2720fe06b', gitTreeState: 'clean', buildDate: '2024-12-10T00:00:00Z', goVersion: 'go1.22.10', compiler: 'gc', platform: 'linux/amd64' },
    objects,
    logs: (_ns, podName, container, previous) => logs.get(`${podName}/${container}${previous ? '/previous' : ''}`),
    metrics: () => metrics,
    tick: (_now, m) => {
      for (const p of pending.splice(0)) {
        p.fn(m);
        p.done();
      }
    },
  };
  Object.defineProperty(source, 'health', { enumerable: true, get: () => (health ? () => health! : undefined) });
  return {
    source,
    logs,
    setMetrics: (m) => (metrics = m),
    setHealth: (h) => (health = h),
    mutate: (fn) => new Promise((done) => pending.push({ fn, done })),
  };
}
