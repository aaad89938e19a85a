import { describe, expect, it } from 'vitest';
import { decodePodRows, encodePodRows, type PodListRow } from '@/lib/api/pods';
import { worldSnapshot } from '@/test/world';
import { bucketSnapshot } from './buckets';
import { buildPodRows, defaultOrder, filterPodRows, sortPodRows, summarizePodRows } from './pod-list';

const { snapshot } = worldSnapshot({ nodes: 4, seed: 7, scenario: 'degraded' });
const usage = new Map([
  ['etcd-control-plane-1', { cpuMillicores: 80.4, memoryBytes: 100 * 2 ** 20 }],
  ['kube-apiserver-control-plane-1', { cpuMillicores: 250, memoryBytes: 400 * 2 ** 20 }],
]);
const rows = buildPodRows(bucketSnapshot(snapshot).values(), usage);
const names = (list: readonly PodListRow[]) => list.map((r) => r.name);

describe('buildPodRows on the degraded demo world', () => {
  it('lists every kube-system pod once, with its component and kubectl columns', () => {
    expect(rows).toHaveLength(snapshot.pods.length);
    expect(new Set(names(rows)).size).toBe(rows.length);
    const dns = rows.find((r) => r.status === 'CrashLoopBackOff')!;
    expect(dns).toMatchObject({ componentId: 'coredns', componentName: 'CoreDNS', isReady: false, isProblem: true, ready: '0/1', node: 'worker-1' });
    expect(dns.restarts).toBeGreaterThan(0);
    expect(rows.find((r) => r.name === 'etcd-control-plane-1')).toMatchObject({ cpuMillicores: 80, memoryBytes: 100 * 2 ** 20 });
    expect(rows.find((r) => r.name.startsWith('coredns-'))!.cpuMillicores).toBeNull();
  });

  it('a finished Job run is not a problem; a pod on the NotReady node is', () => {
    expect(rows.filter((r) => r.status === 'Completed').every((r) => !r.isProblem)).toBe(true);
    expect(rows.find((r) => r.name.startsWith('kube-proxy-') && r.node === 'worker-3')).toMatchObject({ status: 'Running', isReady: false, isProblem: true });
  });

  it('round-trips through the compact encoding', () => {
    expect(decodePodRows(encodePodRows(rows))).toEqual(rows);
  });
});

describe('filterPodRows', () => {
  it.each([
    [{ status: 'notready' }, (r: PodListRow) => r.isProblem],
    [{ status: 'CrashLoopBackOff' }, (r: PodListRow) => r.status === 'CrashLoopBackOff'],
    [{ node: 'worker-3' }, (r: PodListRow) => r.node === 'worker-3'],
    [{ component: 'kube-proxy' }, (r: PodListRow) => r.componentId === 'kube-proxy'],
    [{ q: 'crashloop' }, (r: PodListRow) => r.status === 'CrashLoopBackOff'],
    [{ q: 'CoreDNS' }, (r: PodListRow) => r.componentId === 'coredns'],
    [{ component: 'calico', node: 'worker-3' }, (r: PodListRow) => r.componentId === 'calico' && r.node === 'worker-3'],
  ])('%o', (query, expected) => {
    const matched = filterPodRows(rows, query);
    expect(matched.length).toBeGreaterThan(0);
    expect(names(matched)).toEqual(names(rows.filter(expected)));
  });

  it('a filter matching nothing gives nothing', () => {
    expect(filterPodRows(rows, { node: 'no-such-node' })).toEqual([]);
  });
});

describe('sortPodRows', () => {
  it('status ascending puts the pods that should be ready and are not first', () => {
    const sorted = sortPodRows(rows, 'status', 'asc');
    const problems = rows.filter((r) => r.isProblem).length;
    expect(sorted.slice(0, problems).every((r) => r.isProblem)).toBe(true);
    expect(sorted.slice(problems).some((r) => r.isProblem)).toBe(false);
  });

  it('names in natural order, both ways', () => {
    const asc = names(sortPodRows(rows, 'name', 'asc'));
    expect(asc.indexOf('calico-node-fqzmr')).toBeLessThan(asc.indexOf('coredns-p22dwq7p65-4kdgx'));
    expect(names(sortPodRows(rows, 'name', 'desc'))).toEqual([...asc].reverse());
  });

  it('numbers: most restarts first; pods without a metrics sample last either way', () => {
    expect(sortPodRows(rows, 'restarts', 'desc')[0]!.status).toBe('CrashLoopBackOff');
    expect(names(sortPodRows(rows, 'cpu', 'desc').slice(0, 2))).toEqual(['kube-apiserver-control-plane-1', 'etcd-control-plane-1']);
    expect(names(sortPodRows(rows, 'cpu', 'asc').slice(0, 2))).toEqual(['etcd-control-plane-1', 'kube-apiserver-control-plane-1']);
    expect(sortPodRows(rows, 'memory', 'asc').at(-1)!.memoryBytes).toBeNull();
  });

  it('age ascending is the youngest first, as AGE reads', () => {
    const sorted = sortPodRows(rows, 'age', 'asc');
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.createdAt).toBeLessThanOrEqual(sorted[i - 1]!.createdAt);
    expect(defaultOrder('age')).toBe('asc');
    expect(defaultOrder('cpu')).toBe('desc');
  });

  it('component and node group their pods, by name within', () => {
    const byNode = sortPodRows(rows, 'node', 'asc');
    expect(byNode[0]!.node).toBe('control-plane-1');
    expect(byNode.at(-1)!.node).toBe('worker-3');
  });
});

describe('summarizePodRows', () => {
  it('counts statuses, problems, components and nodes over all pods', () => {
    const s = summarizePodRows(rows);
    expect(s.total).toBe(rows.length);
    expect(s.statuses.CrashLoopBackOff).toBe(1);
    expect(s.problems).toBe(rows.filter((r) => r.isProblem).length);
    expect(s.components.find((c) => c.id === 'kube-proxy')).toEqual({ id: 'kube-proxy', name: 'kube-proxy', count: 4 });
    expect(s.nodes).toBe(4);
  });
});
