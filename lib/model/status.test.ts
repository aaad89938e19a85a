import { describe, expect, it } from 'vitest';
import {
  ago,
  makeDaemonSet,
  makeDeployment,
  makeLease,
  makeNode,
  makePod,
  makeReplicaSet,
  NOW,
} from '@/test/k8s-builders';
import { buildComponents, buildGroups } from './components';
import type { Pod } from './k8s';
import { emptySnapshot, type ClusterSnapshot } from './snapshot';

function component(snapshot: Partial<ClusterSnapshot>, id: string) {
  const found = buildComponents({ ...emptySnapshot(), ...snapshot }, NOW).find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
}

const nodes = (count: number) => Array.from({ length: count }, (_, i) => makeNode(`w-${i + 1}`));
const coredns = (suffix: string, extra: Parameters<typeof makePod>[1] = {}): Pod =>
  makePod(`coredns-7d8f-${suffix}`, { labels: { 'k8s-app': 'kube-dns' }, owner: ['ReplicaSet', 'coredns-7d8f'], ...extra });
const dnsWorkloads = { deployments: [makeDeployment('coredns', 2)], replicaSets: [makeReplicaSet('coredns-7d8f', 'coredns')] };

describe('pods against their workloads', () => {
  it('crash-looping CoreDNS is degraded, naming the pod, its status and restarts', () => {
    const pods = [coredns('abcde', { ready: false, waiting: 'CrashLoopBackOff', restarts: 12 }), coredns('fghij')];
    expect(component({ pods, ...dnsWorkloads }, 'coredns')).toMatchObject({
      status: 'degraded',
      reasons: ['1 of 2 pods ready: coredns-7d8f-abcde CrashLoopBackOff, 12 restarts'],
      podCount: 2,
      readyCount: 1,
      restarts: 12,
      workload: 'Deployment',
    });
  });

  it('CoreDNS with no ready pod is down; not-ready pods are listed first', () => {
    const pods = [coredns('aaaaa', { ready: false, waiting: 'ImagePullBackOff' }), coredns('bbbbb', { ready: false, waiting: 'CrashLoopBackOff', restarts: 3 })];
    const c = component({ pods, ...dnsWorkloads }, 'coredns');
    expect(c.status).toBe('down');
    expect(c.reasons).toEqual(['0 of 2 pods ready: coredns-7d8f-aaaaa ImagePullBackOff; coredns-7d8f-bbbbb CrashLoopBackOff, 3 restarts']);
    expect(c.pods.map((p) => [p.name, p.ready, p.phase])).toEqual([
      ['coredns-7d8f-aaaaa', '0/1', 'ImagePullBackOff'],
      ['coredns-7d8f-bbbbb', '0/1', 'CrashLoopBackOff'],
    ]);
  });

  it('a Deployment missing a replica says how many were not created', () => {
    const c = component({ pods: [coredns('abcde')], ...dnsWorkloads }, 'coredns');
    expect(c).toMatchObject({ status: 'degraded', reasons: ['1 of 2 pods ready: 1 not created'] });
  });

  it('a Deployment whose pods are all gone still shows, from its own status', () => {
    const c = component({ deployments: [makeDeployment('coredns', 2, 0, { 'k8s-app': 'kube-dns' })] }, 'coredns');
    expect(c).toMatchObject({ status: 'down', podCount: 0, reasons: ['Deployment coredns reports 0 of 2 ready; none of its pods is visible'] });
  });

  it('a surge pod still starting during a rollout does not degrade a component at full strength', () => {
    const pods = [coredns('aaaaa'), coredns('bbbbb'), coredns('ccccc', { ready: false, waiting: 'ContainerCreating', createdSecondsAgo: 20 })];
    expect(component({ pods, ...dnsWorkloads }, 'coredns').status).toBe('healthy');
  });

  it('a ready pod that keeps crashing after short runs is degraded; one restarted by a reboot is not', () => {
    const flapping = coredns('aaaaa', { restarts: 40, lastRestart: { secondsAgo: 300, ranSeconds: 600 } });
    const rebooted = coredns('bbbbb', { restarts: 3, lastRestart: { secondsAgo: 300, ranSeconds: 86_400 * 9 } });
    const c = component({ pods: [flapping, rebooted], ...dnsWorkloads }, 'coredns');
    expect(c).toMatchObject({ status: 'degraded', reasons: ['coredns-7d8f-aaaaa restarted 40 times, last at 2026-03-01T11:55:00Z'] });
  });

  it('Completed Job pods are success; a failed Job without a success is degraded', () => {
    const job = (name: string, job: string, phase: string, waiting?: string) =>
      makePod(name, { owner: ['Job', job], image: 'rancher/klipper-helm:v0.9.3', ready: false, phase, waiting });
    const pods = [
      job('helm-install-traefik-aaaaa', 'helm-install-traefik', 'Succeeded'),
      job('helm-install-traefik-crd-bbbbb', 'helm-install-traefik-crd', 'Failed', 'Error'),
    ];
    expect(component({ pods: pods.slice(0, 1) }, 'helm-install')).toMatchObject({ status: 'healthy', reasons: ['1 job completed'] });
    expect(component({ pods }, 'helm-install')).toMatchObject({ status: 'degraded', reasons: ['Job helm-install-traefik-crd failed: helm-install-traefik-crd-bbbbb Error'] });
  });
});

describe('DaemonSet coverage', () => {
  const proxy = (node: string) => makePod(`kube-proxy-${node}`, { labels: { 'k8s-app': 'kube-proxy' }, owner: ['DaemonSet', 'kube-proxy'], node });

  it('names the nodes a DaemonSet lacks a pod on', () => {
    const all = nodes(40);
    const pods = all.map((n) => n.metadata!.name!).filter((n) => n !== 'w-7' && n !== 'w-9').map(proxy);
    const c = component({ nodes: all, pods, daemonSets: [makeDaemonSet('kube-proxy', 40)] }, 'kube-proxy');
    expect(c).toMatchObject({ status: 'degraded', workload: 'DaemonSet' });
    expect(c.reasons).toEqual(['kube-proxy missing on 2 of 40 nodes: w-7, w-9', '38 of 40 pods ready']);
  });

  it('caps the names with "and N more", in natural order', () => {
    const all = nodes(12);
    const pods = all.slice(0, 6).map((n) => proxy(n.metadata!.name!));
    const c = component({ nodes: all, pods, daemonSets: [makeDaemonSet('kube-proxy', 12)] }, 'kube-proxy');
    expect(c.reasons[0]).toBe('kube-proxy missing on 6 of 12 nodes: w-7, w-8, w-9 and 3 more');
  });

  it('does not count nodes the DaemonSet does not target (taints it does not tolerate)', () => {
    const tainted = makeNode('cp-1', true, undefined, { spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } });
    const ds = { ...makeDaemonSet('kube-proxy', 2), spec: { template: { spec: {} } } };
    const c = component({ nodes: [tainted, ...nodes(3)], pods: [proxy('w-1'), proxy('w-2')], daemonSets: [ds] }, 'kube-proxy');
    expect(c.status).toBe('healthy');
  });
});

describe('kubelet and control plane', () => {
  it('names a NotReady node with the headline of its Ready condition message', () => {
    const msg = 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';
    const c = component({ nodes: [makeNode('w-1'), makeNode('w-2'), makeNode('w-3', false, msg)] }, 'kubelet');
    expect(c).toMatchObject({ status: 'degraded', reasons: ['node w-3 NotReady: container runtime network not ready'] });
    expect(c.nodes.map((n) => [n.name, n.ready])).toEqual([['w-3', false], ['w-1', true], ['w-2', true]]);
  });

  it('a Ready node whose heartbeat lease expired degrades kubelet', () => {
    const c = component({ nodes: nodes(2), nodeLeases: [makeLease('w-1', 5, 40), makeLease('w-2', 95, 40)] }, 'kubelet');
    expect(c).toMatchObject({ status: 'degraded', reasons: ['node w-2 heartbeat lease not renewed for 95 s (duration 40 s)'] });
  });

  it('a stale scheduler leader lease with no pods is down, with a fresh one healthy', () => {
    expect(component({ leases: [makeLease('kube-scheduler', 95, 15)] }, 'kube-scheduler')).toMatchObject({
      status: 'down',
      reasons: ['leader lease not renewed for 95 s (duration 15 s)', 'no pods in kube-system; the control plane is managed by the provider or runs outside the cluster'],
    });
    const fresh = component({ leases: [makeLease('kube-controller-manager', 2, 15, 'ip-10-0-1-5_8c1d')] }, 'kube-controller-manager');
    expect(fresh).toMatchObject({ status: 'healthy' });
    // Neither an age nor the renew time: the same answer (and ETag) across the leader's renewals.
    expect(fresh.reasons[0]).toBe('leader ip-10-0-1-5, lease renewed within its 15 s');
    const later = component({ leases: [makeLease('kube-controller-manager', 9, 15, 'ip-10-0-1-5_8c1d')] }, 'kube-controller-manager');
    expect(later.reasonMessages).toEqual(fresh.reasonMessages);
  });

  it('a failing readyz check takes the API server (and etcd) down', () => {
    const health = { readyz: [{ name: 'ping', ok: true }, { name: 'etcd', ok: false }, { name: 'informer-sync', ok: true }] };
    expect(component({ health }, 'kube-apiserver')).toMatchObject({ status: 'down' });
    expect(component({ health }, 'kube-apiserver').reasons[0]).toBe('readyz check etcd failing');
    expect(component({ health }, 'etcd').reasons[0]).toBe('readyz check etcd failing');
    const ok = { readyz: health.readyz.map((c) => ({ ...c, ok: true })) };
    expect(component({ health: ok }, 'kube-apiserver')).toMatchObject({ status: 'healthy' });
    expect(component({ health: ok }, 'kube-apiserver').reasons[0]).toBe('readyz: all 3 checks pass');
  });

  it('says when pods or nodes cannot be read instead of guessing', () => {
    const watchStates = { pods: 'forbidden', nodes: 'syncing' } as const;
    expect(component({ watchStates }, 'etcd').reasons[0]).toBe('kube-system pods not readable (forbidden)');
    expect(component({ watchStates }, 'kubelet')).toMatchObject({ status: 'unknown', reasons: ['nodes still syncing'] });
  });
});

describe('groups and odd input', () => {
  it('always returns the four groups of the guide; empty ones are unknown', () => {
    const groups = buildGroups(emptySnapshot(), NOW);
    expect(groups.map((g) => [g.id, g.name, g.components.length])).toEqual([
      ['control-plane', 'Control plane', 4],
      ['node', 'Node components', 1],
      ['add-on', 'Add-ons', 0],
      ['monitoring', 'Monitoring', 0],
    ]);
    expect(groups[2]!.status).toBe('unknown');
  });

  it('never crashes on missing or odd fields', () => {
    const odd = {
      ...emptySnapshot(),
      pods: [{}, { metadata: null }, { status: { containerStatuses: [null] } }, makePod('x', { owner: ['DaemonSet', 'ghost'] })],
      nodes: [{}, { status: { conditions: null } }],
      daemonSets: [{}, { metadata: { name: 'ghost' } }],
      deployments: [{ metadata: { name: 'd' }, spec: null }],
      replicaSets: [{}],
      leases: [{ metadata: { name: 'kube-scheduler' }, spec: { renewTime: 'not a time' } }],
      nodeLeases: [{}],
      health: { readyz: [] },
    } as unknown as ClusterSnapshot;
    const groups = buildGroups(odd, NOW);
    expect(groups.flatMap((g) => g.components).reduce((n, c) => n + c.podCount, 0)).toBe(4);
    for (const component of groups.flatMap((g) => g.components)) expect(component.recognition.evidence.length, component.id).toBeGreaterThan(0);
    expect(ago(0)).toBe(new Date(NOW).toISOString());
  });
});
