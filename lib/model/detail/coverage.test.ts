import { describe, expect, it } from 'vitest';
import { bucketSnapshot } from '@/lib/model/buckets';
import type { DaemonSet, Node, Pod } from '@/lib/model/k8s';
import { podFacts } from '@/lib/model/pod-evidence';
import { listCaptures, loadCapture } from '@/test/captures';
import { exclusionReason, summarizeCoverage } from './coverage';

const ready = (status: 'True' | 'False') => ({ conditions: [{ type: 'Ready', status }] });
const node = (name: string, opts: { notReady?: boolean; taint?: string } = {}): Node => ({
  metadata: { name, labels: { 'kubernetes.io/os': 'linux' } },
  spec: opts.taint ? { taints: [{ key: opts.taint, effect: 'NoSchedule' }] } : {},
  status: ready(opts.notReady ? 'False' : 'True'),
});
const ds: DaemonSet = {
  metadata: { name: 'kube-proxy' },
  spec: { template: { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' } } } },
  status: { desiredNumberScheduled: 4 },
};
function pod(name: string, nodeName: string, state: 'ready' | 'crash' | 'pending'): Pod {
  const waiting = state === 'crash' ? { waiting: { reason: 'CrashLoopBackOff' } } : state === 'pending' ? { waiting: { reason: 'ContainerCreating' } } : { running: {} };
  return {
    metadata: { name, ownerReferences: [{ kind: 'DaemonSet', name: 'kube-proxy', controller: true }] },
    spec: { nodeName, containers: [{ name: 'c' }] },
    status: {
      phase: state === 'ready' ? 'Running' : 'Pending',
      conditions: [{ type: 'Ready', status: state === 'ready' ? 'True' : 'False' }],
      containerStatuses: [{ name: 'c', ready: state === 'ready', restartCount: state === 'crash' ? 7 : 0, state: waiting }],
    },
  };
}
const facts = (p: Pod) => podFacts(p, { kind: 'DaemonSet', name: 'kube-proxy' });

describe('summarizeCoverage', () => {
  it('counts nodes without a ready pod by reason, and untargeted nodes apart', () => {
    const nodes = [node('w-1'), node('w-2', { notReady: true }), node('w-3'), node('w-4'), node('gpu-1', { taint: 'gpu' })];
    const pods = [pod('p1', 'w-1', 'ready'), pod('p3', 'w-3', 'crash')].map(facts);
    const coverage = summarizeCoverage(ds, pods, nodes);
    expect(coverage).toMatchObject({ name: 'kube-proxy', desired: 4, scheduled: 2, ready: 1, totalNodes: 5 });
    expect(coverage.lacking).toEqual([
      { reason: 'no pod created', count: 1, nodes: ['w-4'] },
      { reason: 'node NotReady, no pod', count: 1, nodes: ['w-2'] },
      { reason: 'pod CrashLoopBackOff', count: 1, nodes: ['w-3'] },
    ]);
    expect(coverage.notTargeted).toEqual([{ reason: 'taint gpu:NoSchedule not tolerated', count: 1, nodes: ['gpu-1'] }]);
  });

  it('stays a summary at 5,000 nodes: counts by reason and the first names of each', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => node(`w-${i + 1}`, { notReady: i % 1000 === 0 }));
    const pods = nodes.filter((_, i) => i % 1000 !== 0 && i % 7 !== 0).map((n, i) => facts(pod(`p-${i}`, n.metadata!.name!, 'ready')));
    const coverage = summarizeCoverage({ ...ds, status: { desiredNumberScheduled: 5000 } }, pods, nodes, 10);
    expect(coverage.ready + coverage.lacking.reduce((sum, g) => sum + g.count, 0)).toBe(5000);
    expect(coverage.lacking.every((g) => g.nodes.length <= 10)).toBe(true);
    expect(coverage.lacking[0]).toMatchObject({ reason: 'no pod created', nodes: ['w-8', 'w-15', 'w-22', 'w-29', 'w-36', 'w-43', 'w-50', 'w-57', 'w-64', 'w-71'] });
    expect(JSON.stringify(coverage).length).toBeLessThan(2_000);
  });

  it('names the node selection when no taint is to blame', () => {
    expect(exclusionReason({ nodeSelector: { 'kubernetes.io/os': 'windows' } }, node('w-1'))).toBe('nodeSelector does not match');
  });
});

describe.each(listCaptures())('DaemonSet coverage in capture %s', (capture) => {
  const snapshot = loadCapture(capture);
  it('accounts for every node of every DaemonSet exactly once', () => {
    const workloads = [...bucketSnapshot(snapshot).values()].flatMap((b) => b.workloads).filter((w) => w.kind === 'DaemonSet');
    const totals = workloads.map((w) => {
      const c = summarizeCoverage(w.object as DaemonSet, w.pods, snapshot.nodes);
      const counted = c.ready + [...c.lacking, ...c.notTargeted].reduce((sum, g) => sum + g.count, 0);
      return { name: w.name, counted, nodes: c.totalNodes, ready: c.ready <= c.scheduled };
    });
    expect(totals.filter((t) => t.counted !== t.nodes || !t.ready)).toEqual([]);
  });
});
