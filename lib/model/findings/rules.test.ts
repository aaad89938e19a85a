/** Each rule on constructed snapshots: thresholds, policies and the "could not check" paths the demo and captures do not reach. */
import { describe, expect, it } from 'vitest';
import type { TlsProbeResult } from '@/lib/api/findings';
import type { Pod } from '@/lib/model/k8s';
import { english } from '@/lib/model/english';
import { emptySnapshot, type ClusterSnapshot } from '@/lib/model/snapshot';
import { ago, makeDeployment, makeLease, makeNode, makePod, makeReplicaSet, NOW } from '@/test/k8s-builders';
import { apiServerFindings } from './apiserver';
import { controlPlaneFindings } from './control-plane';
import { dnsFindings } from './dns';
import { endOfLife } from './eol';
import { filterFindings, countFindings, buildFindings } from './index';
import { metricsFindings } from './metrics';
import { nodeFindings } from './nodes';
import { resourceFindings } from './resources';
import { skewProblem, updatesSecurityFindings } from './updates-security';

const DAY_MS = 86_400_000;
const ctx = { now: NOW };
const ids = (findings: { id: string }[]) => findings.map((f) => f.id).sort();
const tls = (daysLeft: number): TlsProbeResult => ({
  status: 'ok', server: '10.0.0.1:6443', subject: 'CN=kube-apiserver', issuer: 'CN=kubernetes', validFrom: ago(86_400 * 300), validTo: new Date(NOW + daysLeft * DAY_MS).toISOString(), checkedAt: ago(0),
});

function withContainer(pod: Pod, patch: Record<string, unknown>): Pod {
  return { ...pod, spec: { ...pod.spec, containers: [{ ...pod.spec!.containers![0], ...patch }] } };
}

describe('apiserver', () => {
  const healthy: ClusterSnapshot = { ...emptySnapshot(), health: { readyz: [{ name: 'etcd', ok: true }], livez: [{ name: 'ping', ok: true }] } };

  it.each([[45, []], [29, ['warning']], [6, ['critical']], [-1, ['critical']]] as const)('a certificate with %s days left → %j', (days, severities) => {
    const certs = apiServerFindings(healthy, { ...ctx, tls: tls(days) }).filter((f) => f.id === 'apiserver/cert-expiry');
    expect(certs.map((f) => f.severity)).toEqual(severities);
  });

  it('names failing readyz checks with the server\'s words', () => {
    const snapshot = { ...healthy, health: { ...healthy.health, readyz: [{ name: 'etcd', ok: false, message: 'reason withheld' }, { name: 'ping', ok: true }] } };
    const [f] = apiServerFindings(snapshot, { ...ctx, tls: tls(90) });
    expect(f).toMatchObject({ id: 'apiserver/readyz-failing', severity: 'critical', title: '/readyz reports check etcd failing' });
    expect(f!.evidence).toEqual(['[-]etcd failed: reason withheld', '1 of 2 /readyz checks pass']);
  });

  it('says why it could not check readyz when the poll failed', () => {
    const [f] = apiServerFindings({ ...emptySnapshot(), health: { readyzError: 'forbidden: User cannot get path /readyz' } }, { ...ctx, tls: tls(90) });
    expect(f).toMatchObject({ id: 'apiserver/readyz-unchecked', severity: 'info' });
    expect(f!.evidence[0]).toContain('forbidden');
  });

  it('flags a not-ready kube-apiserver pod and one that restarted after a short run', () => {
    const labels = { component: 'kube-apiserver', tier: 'control-plane' };
    const snapshot = {
      ...healthy,
      pods: [
        makePod('kube-apiserver-cp-1', { labels, ready: false, owner: ['Node', 'cp-1'] }),
        makePod('kube-apiserver-cp-2', { labels, restarts: 1, lastRestart: { secondsAgo: 300, ranSeconds: 60 }, owner: ['Node', 'cp-2'] }),
      ],
    };
    expect(ids(apiServerFindings(snapshot, { ...ctx, tls: tls(90) }))).toEqual(['apiserver/pod-not-ready:kube-apiserver-cp-1', 'apiserver/pod-restarting:kube-apiserver-cp-2']);
  });
});

describe('dns', () => {
  const dnsPod = (name: string, ready = true) => makePod(name, { labels: { 'k8s-app': 'kube-dns' }, owner: ['ReplicaSet', 'coredns-abc'], image: 'registry.k8s.io/coredns/coredns:v1.11.3', ready });
  const base: ClusterSnapshot = {
    ...emptySnapshot(),
    nodes: [makeNode('w-1'), makeNode('w-2')],
    deployments: [makeDeployment('coredns', 2, 2, { 'k8s-app': 'kube-dns' })],
    replicaSets: [makeReplicaSet('coredns-abc', 'coredns')],
    pods: [dnsPod('coredns-abc-1'), dnsPod('coredns-abc-2')],
    services: [{ metadata: { name: 'kube-dns', labels: { 'k8s-app': 'kube-dns' } }, spec: { selector: { 'k8s-app': 'kube-dns' } } }],
    endpoints: [{ metadata: { name: 'kube-dns' }, subsets: [{ addresses: [{}, {}] }] }],
  };
  const ok = { ...ctx, dns: { status: 'ok' as const, name: 'kubernetes.default.svc.cluster.local', answers: ['10.96.0.1'], checkedAt: '' } };

  it('is quiet on two ready replicas behind a Service with endpoints', () => {
    expect(dnsFindings(base, ok)).toEqual([]);
  });

  it('is critical when no replica is ready and the Service has no ready endpoints', () => {
    const snapshot = { ...base, pods: [dnsPod('coredns-abc-1', false), dnsPod('coredns-abc-2', false)], endpoints: [{ metadata: { name: 'kube-dns' }, subsets: [{ notReadyAddresses: [{}, {}] }] }] };
    const found = dnsFindings(snapshot, ok);
    expect(found.map((f) => [f.id, f.severity])).toEqual([['dns/not-ready:coredns', 'critical'], ['dns/no-ready-endpoints', 'critical']]);
    expect(found[1]!.evidence).toEqual(['Endpoints kube-dns: 0 ready addresses, 2 not ready']);
  });

  it('warns on a single replica on a multi-node cluster, and on a missing Service', () => {
    const snapshot = { ...base, deployments: [makeDeployment('coredns', 1, 1, { 'k8s-app': 'kube-dns' })], pods: [dnsPod('coredns-abc-1')], services: [] };
    expect(dnsFindings(snapshot, ok).map((f) => [f.id, f.severity])).toEqual([['dns/single-replica:coredns', 'warning'], ['dns/service-missing', 'critical']]);
  });

  it('says it could not check endpoints when they are forbidden', () => {
    const found = dnsFindings({ ...base, watchStates: { endpoints: 'forbidden' } }, ok);
    expect(found.map((f) => f.id)).toEqual(['dns/endpoints-unchecked']);
    expect(found[0]!.evidence[0]).toBe('needs list and watch on endpoints in kube-system (forbidden)');
  });

  it('warns when the name resolves to something else than the kubernetes Service', () => {
    const found = dnsFindings(base, { ...ctx, dns: { ...ok.dns, status: 'mismatch', answers: ['10.0.0.9'], expected: '10.96.0.1' } });
    expect(found.map((f) => [f.id, f.severity])).toEqual([['dns/probe-mismatch', 'warning']]);
  });
});

describe('metrics', () => {
  const apiService = (status: string, reason: string, message: string) => ({ metadata: { name: 'v1beta1.metrics.k8s.io' }, status: { conditions: [{ type: 'Available', status, reason, message }] } });

  it('is quiet when the APIService is Available, and reports FailedDiscoveryCheck with its message', () => {
    expect(metricsFindings({ ...emptySnapshot(), apiServices: [apiService('True', 'Passed', 'all checks passed')] }, ctx)).toEqual([]);
    const [f] = metricsFindings({ ...emptySnapshot(), apiServices: [apiService('False', 'FailedDiscoveryCheck', 'failing or missing response from https://10.0.0.5:4443')] }, ctx);
    expect(f?.evidence).toEqual(['APIService v1beta1.metrics.k8s.io Available=False (FailedDiscoveryCheck)', 'message: failing or missing response from https://10.0.0.5:4443']);
  });

  it('says the metrics API is not installed when no APIService is registered', () => {
    expect(metricsFindings({ ...emptySnapshot(), apiServices: [] }, ctx).map((f) => [f.id, f.severity])).toEqual([['metrics/not-installed', 'info']]);
  });

  it('flags samples older than three minutes as stale', () => {
    const snapshot = { ...emptySnapshot(), apiServices: [apiService('True', 'Passed', '')] };
    const stale = metricsFindings(snapshot, { ...ctx, podMetrics: { ok: true, at: ago(0), newestTimestamp: ago(600), containers: [] } });
    expect(stale.map((f) => f.id)).toEqual(['metrics/stale']);
    expect(metricsFindings(snapshot, { ...ctx, podMetrics: { ok: true, at: ago(0), newestTimestamp: ago(30), containers: [] } })).toEqual([]);
  });
});

describe('nodes', () => {
  it('reports pressure and a stale heartbeat of a Ready node', () => {
    const pressured = makeNode('w-1');
    pressured.status!.conditions!.push({ type: 'DiskPressure', status: 'True', reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' });
    const snapshot = { ...emptySnapshot(), nodes: [pressured, makeNode('w-2')], nodeLeases: [makeLease('w-1', 5, 40), makeLease('w-2', 300, 40)] };
    expect(ids(nodeFindings(snapshot, ctx))).toEqual(['nodes/pressure:w-1', 'nodes/stale-heartbeat:w-2']);
  });

  it('names the nodes kube-proxy does not cover', () => {
    const ds = { metadata: { name: 'kube-proxy' }, spec: { template: { metadata: { labels: { 'k8s-app': 'kube-proxy' } }, spec: { tolerations: [{ operator: 'Exists' }] } } }, status: { desiredNumberScheduled: 3, numberReady: 2 } };
    const pods = ['w-1', 'w-2'].map((n) => makePod(`kube-proxy-${n}`, { node: n, labels: { 'k8s-app': 'kube-proxy' }, owner: ['DaemonSet', 'kube-proxy'] }));
    const snapshot = { ...emptySnapshot(), nodes: ['w-1', 'w-2', 'w-3'].map((n) => makeNode(n)), daemonSets: [ds], pods, nodeLeases: [makeLease('w-1', 1, 40)] };
    const [f] = nodeFindings(snapshot, ctx).filter((x) => x.id.startsWith('nodes/coverage'));
    expect(f).toMatchObject({ id: 'nodes/coverage:kube-proxy', severity: 'warning', evidence: ['kube-proxy missing on 1 of 3 nodes: w-3'] });
  });
});

describe('control plane', () => {
  const staticPod = (component: string) => makePod(`${component}-cp-1`, { labels: { component, tier: 'control-plane' }, owner: ['Node', 'cp-1'], image: `registry.k8s.io/${component}:v1.31.2` });

  it('reports a leader Lease older than its duration as no active leader', () => {
    const snapshot = { ...emptySnapshot(), leases: [makeLease('kube-scheduler', 120, 15), makeLease('kube-controller-manager', 2, 15)] };
    const [f] = controlPlaneFindings(snapshot, ctx);
    expect(f).toMatchObject({ id: 'control-plane/leader-lease-stale:kube-scheduler', severity: 'critical' });
    expect(f!.title).toBe('kube-scheduler has no active leader: its Lease was last renewed at 2026-03-01T11:58:00Z');
  });

  it('reports the scheduler missing on a self-hosted control plane, etcd failing readyz, and no etcd backup', () => {
    const snapshot = {
      ...emptySnapshot(),
      pods: [staticPod('kube-apiserver'), staticPod('etcd'), staticPod('kube-controller-manager')],
      health: { readyz: [{ name: 'etcd', ok: false }] },
    };
    expect(ids(controlPlaneFindings(snapshot, ctx))).toEqual(['control-plane/etcd-backup', 'control-plane/etcd-not-ready', 'control-plane/missing:kube-scheduler']);
  });

  it('finds a sign of an etcd backup in a CronJob\'s pod', () => {
    const backup = makePod('etcd-backup-28890120-abcde', { owner: ['Job', 'etcd-backup-28890120'], phase: 'Succeeded', image: 'bitnami/etcd:3.5' });
    const snapshot = { ...emptySnapshot(), pods: [staticPod('kube-apiserver'), staticPod('etcd'), backup], leases: [makeLease('kube-scheduler', 1, 15), makeLease('kube-controller-manager', 1, 15)] };
    expect(ids(controlPlaneFindings(snapshot, ctx))).toEqual([]);
  });
});

describe('resources', () => {
  it('groups containers without requests or a memory limit per component, and flags memory near its limit', () => {
    const limited = withContainer(makePod('metrics-server-abc-1', { labels: { 'k8s-app': 'metrics-server' } }), { resources: { requests: { memory: '200Mi' }, limits: { memory: '200Mi' } } });
    const bare = ['w-1', 'w-2'].map((n) => makePod(`kube-proxy-${n}`, { node: n, labels: { 'k8s-app': 'kube-proxy' }, owner: ['DaemonSet', 'kube-proxy'] }));
    const snapshot = { ...emptySnapshot(), pods: [limited, ...bare] };
    const found = resourceFindings(snapshot, { ...ctx, podMetrics: { ok: true, at: ago(0), containers: [{ pod: 'metrics-server-abc-1', container: 'main', memoryBytes: 195 * 1024 * 1024 }] } });
    expect(ids(found)).toEqual(['resources/memory-near-limit:metrics-server-abc-1/main', 'resources/unbounded:kube-proxy']);
    expect(found.find((f) => f.id === 'resources/unbounded:kube-proxy')?.evidence).toEqual(['DaemonSet kube-proxy: container main (2 pods): no requests, no memory limit']);
  });

  it('says how near the limit memory is, and nothing below 90 % of it or under a raised limit', () => {
    const limited = withContainer(makePod('metrics-server-abc-1', { labels: { 'k8s-app': 'metrics-server' } }), { resources: { requests: { memory: '200Mi' }, limits: { memory: '200Mi' } } });
    const sample = (mib: number) => ({ ok: true as const, at: ago(0), containers: [{ pod: 'metrics-server-abc-1', container: 'main', memoryBytes: mib * 1024 * 1024 }] });
    const near = resourceFindings({ ...emptySnapshot(), pods: [limited] }, { ...ctx, podMetrics: sample(190) });
    expect(near.map((f) => [f.id, f.title, f.evidence[0]])).toEqual([
      ['resources/memory-near-limit:metrics-server-abc-1/main', 'metrics-server-abc-1/main uses 95% of its memory limit', 'working set 190 MiB of limit 200 MiB (200Mi) at 2026-03-01T12:00:00.000Z'],
    ]);
    // A lower sample: no finding. The pod with a higher limit: none either.
    expect(resourceFindings({ ...emptySnapshot(), pods: [limited] }, { ...ctx, podMetrics: sample(100) })).toEqual([]);
    const raised = withContainer(limited, { resources: { requests: { memory: '200Mi' }, limits: { memory: '1Gi' } } });
    expect(resourceFindings({ ...emptySnapshot(), pods: [raised] }, { ...ctx, podMetrics: sample(190) })).toEqual([]);
  });

  it('reports an OOMKilled termination and says when it could not see memory use', () => {
    const pod = makePod('kube-state-metrics-abc-1', { labels: { 'app.kubernetes.io/name': 'kube-state-metrics' }, restarts: 1 });
    pod.status!.containerStatuses![0]!.lastState = { terminated: { exitCode: 137, reason: 'OOMKilled', finishedAt: ago(120), startedAt: ago(600) } };
    const found = resourceFindings({ ...emptySnapshot(), pods: [pod] }, { ...ctx, podMetrics: { ok: false, at: ago(0), message: 'the server is currently unable to handle the request' } });
    expect(ids(found)).toEqual(['resources/memory-unchecked', 'resources/oom-killed:kube-state-metrics-abc-1', 'resources/unbounded:kube-state-metrics']);
  });
});

describe('updates and security', () => {
  it('applies the skew policy: 3 minors older since 1.28, 2 before, never newer', () => {
    expect(skewProblem({ minor: 31 }, { minor: 28 })).toBeUndefined();
    expect(english(skewProblem({ minor: 31 }, { minor: 27 })!)).toBe('4 minors older than the API server (at most 3 allowed)');
    expect(english(skewProblem({ minor: 27 }, { minor: 24 })!)).toBe('3 minors older than the API server (at most 2 allowed)');
    expect(english(skewProblem({ minor: 30 }, { minor: 31 })!)).toBe('newer than the API server');
  });

  it('lists kubelets and kube-proxies beyond the policy', () => {
    const old = makeNode('w-old');
    old.status!.nodeInfo = { kubeletVersion: 'v1.26.9' };
    const proxy = makePod('kube-proxy-x', { node: 'w-1', labels: { 'k8s-app': 'kube-proxy' }, owner: ['DaemonSet', 'kube-proxy'], image: 'registry.k8s.io/kube-proxy:v1.32.0' });
    const snapshot = { ...emptySnapshot(), nodes: [makeNode('w-1'), old], pods: [proxy], health: { version: 'v1.31.2' } };
    const found = updatesSecurityFindings(snapshot, { now: Date.parse('2025-06-01') });
    expect(found.map((f) => [f.id, f.evidence[1]])).toEqual([
      ['updates/skew:kubelet', 'node w-old: kubelet v1.26.9 is 5 minors older than the API server (at most 3 allowed)'],
      ['updates/skew:kube-proxy', 'kube-proxy-x on w-1: kube-proxy v1.32.0 is newer than the API server'],
    ]);
  });

  it('knows end-of-life dates from the release history', () => {
    expect(endOfLife(1, 27)).toBe('2024-07-16');
    expect(endOfLife(1, 34)).toBe('2026-10-27');
    expect(endOfLife(1, 12)).toBe('before 2020-09-02');
    expect(endOfLife(1, 99)).toBeUndefined();
  });
});

describe('the rule set', () => {
  it('filters by severity, area and subject, and counts before filtering', () => {
    const snapshot = { ...emptySnapshot(), nodes: [makeNode('w-1', false, 'PLEG is not healthy')] };
    const all = buildFindings(snapshot, ctx);
    expect(countFindings(all).critical).toBeGreaterThan(0);
    expect(filterFindings(all, { subject: 'node/w-1' }).map((f) => f.id)).toEqual(['nodes/not-ready:w-1']);
    expect(filterFindings(all, { severity: 'critical', area: 'metrics' })).toEqual([]);
    expect(filterFindings(all, { area: 'nodes', severity: 'critical' }).every((f) => f.area === 'nodes')).toBe(true);
  });
});
