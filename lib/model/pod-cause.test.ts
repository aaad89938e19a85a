import { describe, expect, it } from 'vitest';
import { listCaptures, loadCapture } from '@/test/captures';
import { ago, makeNode, makePod, NOW } from '@/test/k8s-builders';
import { worldSnapshot } from '@/test/world';
import { buildComponents } from './components';
import type { KubeEvent } from './events';
import type { Node, Pod } from './k8s';
import { buildCauseContext, podCause, restartCause } from './pod-cause';
import { podFacts } from './pod-evidence';
import { english } from './english';

const workload = { kind: 'Deployment', name: 'app' } as const;

/** A pod built by makePod, then changed by `edit` (the raw object, as the API would hold it). */
function pod(name: string, edit: (p: Pod) => void = () => {}, options: Parameters<typeof makePod>[1] = {}): Pod {
  const p = makePod(name, { ready: false, ...options });
  edit(p);
  return p;
}

function unhealthy(podName: string, message: string, count: number, firstSecondsAgo: number, lastSecondsAgo: number, container?: string): KubeEvent {
  return {
    type: 'Warning',
    reason: 'Unhealthy',
    message,
    count,
    firstTimestamp: ago(firstSecondsAgo),
    lastTimestamp: ago(lastSecondsAgo),
    involvedObject: { kind: 'Pod', name: podName, ...(container ? { fieldPath: `spec.containers{${container}}` } : {}) },
  };
}

const lostNode: Node = {
  metadata: { name: 'w-3' },
  status: { conditions: [{ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' }] },
};

interface Case {
  name: string;
  pod: Pod;
  nodes?: Node[];
  events?: KubeEvent[];
  cause: string;
}

const CASES: Case[] = [
  {
    name: 'a pod on a NotReady node names the node and why, not its stale Running',
    pod: pod('kube-proxy-hq8jk', (p) => { p.status!.containerStatuses![0]!.ready = true; }, { node: 'w-3', ready: true }),
    nodes: [makeNode('w-1'), lostNode],
    cause: 'kube-proxy-hq8jk is on node w-3, which is NotReady (kubelet stopped posting node status)',
  },
  {
    name: 'a crash loop with its restarts and the last exit',
    pod: pod('coredns-7d8f-abcde', () => {}, { waiting: 'CrashLoopBackOff', restarts: 14, lastRestart: { secondsAgo: 20, ranSeconds: 2 } }),
    cause: 'coredns-7d8f-abcde CrashLoopBackOff, 14 restarts; last exit code 1 (Error)',
  },
  {
    name: 'a waiting reason with its message',
    pod: pod('metrics-server-abc', (p) => {
      p.status!.containerStatuses![0]!.state = { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "registry.k8s.io/metrics-server:v9"' } };
    }),
    cause: 'metrics-server-abc ImagePullBackOff: Back-off pulling image "registry.k8s.io/metrics-server:v9"',
  },
  {
    name: 'a failing readiness probe with the kubelet\'s last message and count',
    pod: pod('metrics-server-abc'),
    events: [unhealthy('metrics-server-abc', 'Readiness probe failed: HTTP probe failed with statuscode: 500', 183, 1_830, 5)],
    cause: 'metrics-server-abc readiness probe failing (183 times in 30m): HTTP probe failed with statuscode: 500',
  },
  {
    name: 'a probe failure that stopped being reported says when it was last seen',
    pod: pod('coredns-x'),
    events: [unhealthy('coredns-x', 'Readiness probe failed: Get "http://10.0.0.2:8181/ready": connect: connection refused', 4, 900, 600)],
    cause: 'coredns-x readiness probe failing (4 times in 5m, last at 2026-03-01T11:50:00Z): Get "http://10.0.0.2:8181/ready": connect: connection refused',
  },
  {
    name: 'a multi-container pod names the container the probe event names',
    pod: pod('prometheus-abc', (p) => { p.spec!.containers!.push({ name: 'reloader' }); }),
    events: [unhealthy('prometheus-abc', 'Readiness probe failed: ', 1, 30, 30, 'prometheus-server')],
    cause: 'prometheus-abc container prometheus-server readiness probe failing (once)',
  },
  {
    name: 'readiness is preferred over liveness for a pod that is not ready',
    pod: pod('x-1'),
    events: [
      unhealthy('x-1', 'Liveness probe failed: timeout', 3, 100, 10),
      unhealthy('x-1', 'Readiness probe errored: rpc error', 2, 100, 20),
    ],
    cause: 'x-1 readiness probe failing (2 times in 80s): rpc error',
  },
  {
    name: 'a running container without a probe event: its readiness probe has not passed',
    pod: pod('metrics-server-abc', (p) => { p.spec!.containers![0]!.readinessProbe = { httpGet: { path: '/readyz' } }; }),
    cause: 'metrics-server-abc running, its readiness probe has not passed',
  },
  {
    name: 'a crash-looping container in its short run between back-offs keeps its restarts and last exit',
    pod: pod('coredns-7d8f-abcde', (p) => {
      p.spec!.containers![0]!.readinessProbe = { httpGet: { path: '/ready' } };
      p.status!.containerStatuses = [{ name: 'main', ready: false, restartCount: 14, state: { running: { startedAt: ago(2) } }, lastState: { terminated: { exitCode: 1, reason: 'Error', message: 'plugin/forward: no nameservers found' } } }];
    }),
    cause: 'coredns-7d8f-abcde running, its readiness probe has not passed; 14 restarts, last exit code 1 (Error): plugin/forward: no nameservers found',
  },
  {
    name: 'a restarted container not ready without a readiness probe, and without a last state: no exit to tell',
    pod: pod('kube-proxy-q', (p) => {
      p.status!.containerStatuses = [{ name: 'main', ready: false, restartCount: 2, state: { running: { startedAt: ago(5) } } }];
    }),
    cause: 'kube-proxy-q running but not ready',
  },
  {
    name: 'not scheduled, with the scheduler\'s message',
    pod: pod('coredns-pending', (p) => {
      p.spec!.nodeName = undefined;
      p.status = { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.' }] };
    }),
    cause: 'coredns-pending Pending (Unschedulable): 0/3 nodes are available: 3 Insufficient cpu',
  },
  {
    name: 'an init container stuck, named as such',
    pod: pod('calico-node-x', (p) => {
      p.spec!.initContainers = [{ name: 'install-cni' }];
      p.status!.initContainerStatuses = [{ name: 'install-cni', restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', message: 'failed to write CNI config\nstack…' } } }];
    }),
    cause: 'calico-node-x init container install-cni CrashLoopBackOff, 3 restarts; last exit code 1 (Error): failed to write CNI config',
  },
  {
    name: 'a failed container with its exit',
    pod: pod('helm-install-x', (p) => {
      p.status = { phase: 'Failed', containerStatuses: [{ name: 'main', state: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }] };
    }),
    cause: 'helm-install-x OOMKilled, exit code 137',
  },
  {
    name: 'a readiness gate: the Ready condition\'s own reason',
    pod: pod('lb-x', (p) => {
      p.status!.containerStatuses![0]!.ready = true;
      p.status!.conditions = [{ type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady', message: 'corresponding condition of pod readiness gate "target-health" does not exist.' }];
    }),
    cause: 'lb-x not ready (ReadinessGatesNotReady): corresponding condition of pod readiness gate "target-health" does not exist',
  },
  {
    name: 'a pod being deleted',
    pod: pod('old-x', (p) => { p.metadata!.deletionTimestamp = ago(5); }),
    cause: 'old-x Terminating',
  },
];

describe('podCause', () => {
  it.each(CASES)('$name', ({ pod: p, nodes = [makeNode('w-1')], events = [], cause }) => {
    const context = buildCauseContext(nodes, events, NOW);
    const text = english(podCause(podFacts(p, workload), context));
    expect(text).toBe(cause);
    expect(text).not.toMatch(/ Running$/);
  });

  it('a restarting pod names the liveness probe that restarts it', () => {
    const p = makePod('coredns-y', { restarts: 40, lastRestart: { secondsAgo: 300, ranSeconds: 600 } });
    const context = buildCauseContext([makeNode('w-1')], [unhealthy('coredns-y', 'Liveness probe failed: HTTP probe failed with statuscode: 503', 120, 3_600, 30)], NOW);
    expect(english(restartCause(podFacts(p, workload), context))).toBe(
      'coredns-y restarted 40 times, last at 2026-03-01T11:55:00Z; liveness probe failing (120 times in 59m): HTTP probe failed with statuscode: 503',
    );
  });
});

describe('component reasons on the demo cluster', () => {
  const { snapshot, now } = worldSnapshot({ nodes: 4, seed: 7, scenario: 'degraded' });
  const byId = new Map(buildComponents(snapshot, now).map((c) => [c.id, c]));

  it.each([
    ['kube-proxy', /^3 of 4 pods ready: kube-proxy-\w+ is on node worker-3, which is NotReady \(kubelet stopped posting node status\)$/],
    ['calico', /^4 of 5 pods ready: calico-node-\w+ is on node worker-3, which is NotReady/],
    ['coredns', /^1 of 2 pods ready: coredns-[\w-]+ CrashLoopBackOff, \d+ restarts; last exit code 1 \(Error\)$/],
    ['metrics-server', /^0 of 1 pod ready: metrics-server-[\w-]+ readiness probe failing \(\d+ times in \d+m\): HTTP probe failed with statuscode: 500$/],
    ['etcd-backup', /^last run etcd-backup-\d+ failed \(BackoffLimitExceeded\): exit code 1 \(Error\)$/],
    ['kubelet', /^node worker-3 NotReady: kubelet stopped posting node status$/],
  ])('%s: %s', (id, first) => {
    expect(byId.get(id)!.reasons[0]).toMatch(first);
  });

  it('metrics-server also names its APIService\'s condition', () => {
    expect(byId.get('metrics-server')!.reasons).toContain(
      'APIService v1beta1.metrics.k8s.io not available: MissingEndpoints (endpoints for service/metrics-server in "kube-system" have no addresses with port name "https")',
    );
  });

  it('no reason gives a phase as the cause of not being ready', () => {
    for (const c of byId.values()) for (const reason of c.reasons) expect(reason, c.id).not.toMatch(/\b(Running|Pending)(;|$)/);
  });
});

describe('component reasons on the captures', () => {
  it.each(listCaptures())('%s: a not-ready pod is never explained by its phase alone', (capture) => {
    const snapshot = loadCapture(capture);
    for (const c of buildComponents(snapshot, NOW)) {
      for (const reason of c.reasons) expect(reason, `${capture} ${c.id}`).not.toMatch(/ready: [\w.-]+ Running\b/);
    }
  });

  it('aks: a crash loop says how it ended; a restarting pod its failing liveness probe (from the captured events)', () => {
    const byId = new Map(buildComponents(loadCapture('aks'), Date.parse('2020-06-07T07:56:53Z')).map((c) => [c.id, c]));
    expect(byId.get('dns-autoscaler')!.reasons[0]).toBe('0 of 1 pod ready: coredns-autoscaler-6d7bd69669-nmpz2 CrashLoopBackOff, 1,569 restarts; last exit code 2 (Error)');
    expect(byId.get('tunnelfront')!.reasons[0]).toMatch(/^tunnelfront-6869944cf6-j2zsk restarted 430 times, last at 2020-06-07T07:51:53Z; liveness probe failing \(5,165 times in 3d14h/);
  });
});
