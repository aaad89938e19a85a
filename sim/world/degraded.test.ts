import { describe, expect, it } from 'vitest';
import type { KObject, Mutator } from '../types';
import { createWorld } from './index';

const NOW = Date.parse('2025-06-01T12:00:00Z');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk untyped Kubernetes JSON
type Json = Record<string, any>;
const ofKind = (objs: KObject[], kind: string) => objs.filter((o) => o.kind === kind) as Json[];
const isReady = (p: Json) => p.status.conditions.some((c: Json) => c.type === 'Ready' && c.status === 'True');

describe('the degraded scenario', () => {
  const src = createWorld({ nodes: 4, seed: 42, scenario: 'degraded', now: NOW });
  const healthy = createWorld({ nodes: 4, seed: 42, scenario: 'healthy', now: NOW });
  /** Pods that should be running: the etcd-backup runs have finished (phase Succeeded, or Failed in this scenario). */
  const running = (objects: KObject[]) => ofKind(objects, 'Pod').filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
  const pods = running(src.objects);
  const crashing = pods.filter((p) => p.status.containerStatuses.some((c: Json) => c.state.waiting?.reason === 'CrashLoopBackOff'));

  it('has exactly the listed troubles: one CoreDNS crash loop, the lost worker\'s two agents, metrics-server', () => {
    const notReady = pods.filter((p) => !isReady(p)).map((p) => `${p.metadata.name.replace(/-[a-z0-9]{5}$/, '').replace(/-[a-z0-9]{10}$/, '')}@${p.spec.nodeName}`).sort();
    expect(notReady).toEqual(['calico-node@worker-3', 'coredns@' + crashing[0].spec.nodeName, 'kube-proxy@worker-3', 'metrics-server@' + pods.find((p) => p.metadata.labels['k8s-app'] === 'metrics-server')!.spec.nodeName].sort());
    expect(running(healthy.objects).every(isReady)).toBe(true);
    expect(ofKind(healthy.objects, 'Node').every((n) => n.status.conditions.find((c: Json) => c.type === 'Ready').status === 'True')).toBe(true);
  });

  it('fails the newest etcd backup run after its one retry, and keeps the CronJob\'s last success', () => {
    const jobs = ofKind(src.objects, 'Job');
    const newest = jobs[jobs.length - 1];
    expect(newest.status).toMatchObject({ failed: 2, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] });
    const attempts = ofKind(src.objects, 'Pod').filter((p) => p.metadata.ownerReferences[0].uid === newest.metadata.uid);
    expect(attempts.map((p) => [p.status.phase, p.status.containerStatuses[0].state.terminated.exitCode])).toEqual([['Failed', 1], ['Failed', 1]]);
    const [cron] = ofKind(src.objects, 'CronJob');
    expect(Date.parse(cron.status.lastSuccessfulTime)).toBeLessThan(Date.parse(cron.status.lastScheduleTime));
  });

  it('shows CoreDNS in CrashLoopBackOff with restarts and a terminated previous container', () => {
    expect(crashing).toHaveLength(1);
    const cs = crashing[0].status.containerStatuses[0];
    expect(cs.restartCount).toBeGreaterThan(5);
    expect(cs.ready).toBe(false);
    expect(cs.state.waiting.message).toMatch(/^back-off (5m0s|\d+s) restarting failed container=coredns pod=coredns-/);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    const deploy = ofKind(src.objects, 'Deployment').find((d) => d.metadata.name === 'coredns')!;
    expect(deploy.status).toMatchObject({ replicas: 2, availableReplicas: 1, unavailableReplicas: 1 });
    const ep = ofKind(src.objects, 'Endpoints').find((e) => e.metadata.name === 'kube-dns')!;
    expect(ep.subsets[0].addresses).toHaveLength(1);
    expect(ep.subsets[0].notReadyAddresses.map((a: Json) => a.targetRef.name)).toEqual([crashing[0].metadata.name]);
    const backoff = ofKind(src.objects, 'Event').find((e) => e.reason === 'BackOff')!;
    expect(backoff).toMatchObject({ type: 'Warning', involvedObject: { name: crashing[0].metadata.name } });
    expect(backoff.message).toBe(`Back-off restarting failed container coredns in pod ${crashing[0].metadata.name}_kube-system(${crashing[0].metadata.uid})`);
  });

  it('loses the last worker: Ready Unknown, unreachable taints, DaemonSets one short, lease frozen', () => {
    const node = ofKind(src.objects, 'Node').find((n) => n.metadata.name === 'worker-3')!;
    expect(node.status.conditions.find((c: Json) => c.type === 'Ready')).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    expect(node.spec.taints.map((t: Json) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
    for (const ds of ofKind(src.objects, 'DaemonSet')) expect(ds.status).toMatchObject({ desiredNumberScheduled: 4, numberReady: 3, numberAvailable: 3, numberUnavailable: 1 });
    expect(pods.filter((p) => p.spec.nodeName === 'worker-3').every((p) => p.metadata.ownerReferences[0].kind === 'DaemonSet')).toBe(true);
    const lease = ofKind(src.objects, 'Lease').find((l) => l.metadata.namespace === 'kube-node-lease' && l.metadata.name === 'worker-3')!;
    expect(NOW - Date.parse(lease.spec.renewTime)).toBeGreaterThan(5 * 60_000);
  });

  it('marks the metrics APIService unavailable and the metrics API down', () => {
    const api = ofKind(src.objects, 'APIService').find((a) => a.metadata.name === 'v1beta1.metrics.k8s.io')!;
    expect(api.status.conditions[0]).toMatchObject({ type: 'Available', status: 'False', reason: 'MissingEndpoints' });
    expect(ofKind(healthy.objects, 'APIService').every((a) => a.status.conditions[0].status === 'True')).toBe(true);
    expect(src.metrics!(NOW)).toEqual({ unavailable: 'the server is currently unable to handle the request' });
  });

  it('keeps restarting CoreDNS and counting BackOff events as time passes', () => {
    const store = new Map(src.objects.map((o) => [`${o.kind}/${o.metadata.name}`, o]));
    const m: Mutator = {
      get: (_a, k, _ns, n) => store.get(`${k}/${n}`),
      list: (_a, k) => [...store.values()].filter((o) => o.kind === k),
      upsert: (o) => void store.set(`${o.kind}/${o.metadata.name}`, o),
      remove: (_a, k, _ns, n) => void store.delete(`${k}/${n}`),
    };
    const name = crashing[0].metadata.name;
    const restarts0 = crashing[0].status.containerStatuses[0].restartCount;
    const backoff0 = ofKind(src.objects, 'Event').find((e) => e.reason === 'BackOff')!;
    for (let s = 5; s <= 900; s += 5) src.tick!(NOW + s * 1000, m);
    const pod = store.get(`Pod/${name}`) as Json;
    expect(pod.status.containerStatuses[0].restartCount).toBeGreaterThanOrEqual(restarts0 + 2);
    expect((store.get(`Event/${backoff0.metadata.name}`) as Json).count).toBeGreaterThan(backoff0.count);
    const lease = store.get('Lease/worker-3') as Json;
    expect(lease.spec.renewTime).toBe(ofKind(src.objects, 'Lease').find((l) => l.metadata.name === 'worker-3')!.spec.renewTime);
  });
});
