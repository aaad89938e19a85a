/**
 * A realistic overview of a 4-node kubeadm cluster (CoreDNS degraded, metrics-server down), for the
 * dev preview and for component tests. Times are relative to `now` so ages read naturally.
 */
import type { ComponentSummary, GroupId, NodeSummary, OverviewResponse, PodSummary, Status } from '@/lib/api/types';

const NODES = ['cp-1', 'worker-1', 'worker-2', 'worker-3'];
const VERSION = 'v1.31.2';

function pod(name: string, node: string, overrides: Partial<PodSummary> = {}): PodSummary {
  return { name, node, ready: '1/1', isReady: true, phase: 'Running', restarts: 0, ...overrides };
}

function component(
  id: string,
  group: GroupId,
  pods: PodSummary[],
  extra: Partial<ComponentSummary> = {},
): ComponentSummary {
  const status: Status = extra.status ?? 'healthy';
  return {
    id,
    name: id,
    group,
    status,
    reasons: [],
    href: `/components/${id}`,
    recognition: { by: 'table', evidence: [`label k8s-app=${id}`] },
    podCount: pods.length,
    readyCount: pods.filter((p) => p.isReady).length,
    restarts: pods.reduce((sum, p) => sum + p.restarts, 0),
    pods,
    nodes: [],
    nodeCount: extra.nodes?.length ?? 0,
    readyNodeCount: extra.nodes?.filter((node) => node.ready).length ?? 0,
    ...extra,
    reasonMessages: (extra.reasons ?? []).map((text) => ({ id: 'verbatim', values: { text } })),
  };
}

const staticPod = (name: string, restarts = 0) => [pod(`${name}-cp-1`, 'cp-1', { restarts })];
const perNode = (prefix: string, suffixes: string[]) => NODES.map((node, i) => pod(`${prefix}-${suffixes[i]}`, node));

const kubeletNodes: NodeSummary[] = NODES.map((name) => ({ name, ready: true, kubeletVersion: VERSION }));

export const SAMPLE_COMPONENTS: ComponentSummary[] = [
  component('kube-apiserver', 'control-plane', staticPod('kube-apiserver'), { workload: 'static' }),
  component('etcd', 'control-plane', staticPod('etcd'), { workload: 'static' }),
  component('kube-scheduler', 'control-plane', staticPod('kube-scheduler', 2), { workload: 'static' }),
  component('kube-controller-manager', 'control-plane', staticPod('kube-controller-manager', 1), { workload: 'static' }),
  component('kubelet', 'node', [], { nodes: kubeletNodes }),
  component('kube-proxy', 'node', perNode('kube-proxy', ['7xq2d', 'b9kz4', 'm2lwp', 'tr8vn']), { workload: 'DaemonSet' }),
  component(
    'calico',
    'node',
    [...perNode('calico-node', ['4hx9s', 'jq2mt', 'p7cvl', 'zw5rk']), pod('calico-kube-controllers-6b7c9d8f5-lq9wz', 'cp-1')],
    { workload: 'DaemonSet' },
  ),
  component(
    'coredns',
    'add-on',
    [
      pod('coredns-7d8f9c6b5-x2k4q', 'worker-2', { ready: '0/1', isReady: false, phase: 'CrashLoopBackOff', restarts: 12 }),
      pod('coredns-7d8f9c6b5-h8v5n', 'worker-1'),
    ],
    {
      workload: 'Deployment',
      status: 'degraded',
      reasons: ['1 of 2 pods ready: coredns-7d8f9c6b5-x2k4q CrashLoopBackOff, 12 restarts; last exit code 1 (Error)'],
    },
  ),
  component(
    'metrics-server',
    'add-on',
    [pod('metrics-server-5c9d7b8f4-qk7lm', 'worker-3', { ready: '0/1', isReady: false, restarts: 3 })],
    {
      workload: 'Deployment',
      status: 'down',
      reasons: [
        '0 of 1 pod ready: metrics-server-5c9d7b8f4-qk7lm readiness probe failing (183 times in 30m): HTTP probe failed with statuscode: 500',
        'APIService v1beta1.metrics.k8s.io not Available: FailedDiscoveryCheck',
        'kubectl top and the CPU/memory charts have no data',
        'last scrape of worker-3 failed: x509: certificate signed by unknown authority',
      ],
    },
  ),
  component('kubernetes-dashboard', 'add-on', [pod('kubernetes-dashboard-7b5d8f9c4-9fjkd', 'worker-1')], { workload: 'Deployment' }),
  component('ingress-nginx', 'add-on', [pod('ingress-nginx-controller-6d8b7c5f9-wm4tz', 'worker-2')], { workload: 'Deployment' }),
  component('prometheus', 'monitoring', [pod('prometheus-0', 'worker-3', { ready: '2/2' })], { workload: 'StatefulSet' }),
  component('grafana', 'monitoring', [pod('grafana-6f9d8c7b5-r2n8x', 'worker-1')], { workload: 'Deployment' }),
  component('alertmanager', 'monitoring', [pod('alertmanager-0', 'worker-2', { ready: '2/2' })], { workload: 'StatefulSet' }),
  component('datadog-agent', 'monitoring', perNode('datadog-agent', ['5mz2k', 'c8rtx', 'k2vbn', 'w9dqs']), {
    workload: 'DaemonSet',
    recognition: { by: 'shape', evidence: ['image of Datadog (datadoghq/agent)', 'DaemonSet on every node'] },
  }),
];

const GROUP_NAMES: Record<GroupId, string> = {
  'control-plane': 'Control plane',
  node: 'Node',
  'add-on': 'Add-ons',
  monitoring: 'Monitoring',
};

const WORST_FIRST: Status[] = ['down', 'degraded', 'unknown', 'healthy'];

export function sampleOverview(now: Date = new Date(), components = SAMPLE_COMPONENTS): OverviewResponse {
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const groups = (Object.keys(GROUP_NAMES) as GroupId[]).map((id) => {
    const members = components.filter((c) => c.group === id);
    const status = WORST_FIRST.find((s) => members.some((c) => c.status === s)) ?? 'healthy';
    return { id, name: GROUP_NAMES[id], status, components: members };
  });
  return {
    cluster: { name: 'kubesys-demo', version: VERSION, source: 'demo', server: 'https://127.0.0.1:6443' },
    groups,
    freshness: {
      state: 'live',
      lastSyncAt: ago(3_000),
      watches: {
        pods: { state: 'live', count: 22 },
        nodes: { state: 'live', count: 4 },
        events: { state: 'live', count: 57 },
        leases: { state: 'live', count: 6 },
      },
      unavailable: [],
    },
    generatedAt: ago(1_000),
  };
}
