import { describe, expect, it } from 'vitest';
import type { ClusterSource, KObject, Mutator } from '../types';
import { createWorld } from './index';

const NOW = Date.parse('2025-06-01T12:00:00Z');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk untyped Kubernetes JSON
type Json = Record<string, any>;

/** A minimal in-memory Mutator: what the API server's store does for a source's tick. */
function memoryStore(objects: KObject[]) {
  const key = (apiVersion: string, kind: string, ns: string | undefined, name: string) => `${apiVersion}|${kind}|${ns ?? ''}|${name}`;
  const map = new Map(objects.map((o) => [key(o.apiVersion, o.kind, o.metadata.namespace, o.metadata.name), o]));
  const writes: KObject[] = [];
  const m: Mutator = {
    get: (a, k, ns, n) => map.get(key(a, k, ns, n)),
    list: (a, k, ns) => [...map.values()].filter((o) => o.apiVersion === a && o.kind === k && (ns === undefined || o.metadata.namespace === ns)),
    upsert: (o) => { writes.push(o); map.set(key(o.apiVersion, o.kind, o.metadata.namespace, o.metadata.name), o); },
    remove: (a, k, ns, n) => { map.delete(key(a, k, ns, n)); },
  };
  return { m, map, writes };
}

function run(src: ClusterSource, seconds: number, step = 1) {
  const store = memoryStore(src.objects);
  for (let s = step; s <= seconds; s += step) src.tick!(NOW + s * 1000, store.m);
  return store;
}

const get = (store: ReturnType<typeof memoryStore>, kind: string, name: string, ns = 'kube-system') => [...store.map.values()].find((o) => o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? '') === (kind === 'Node' ? '' : ns)) as KObject & Json;

describe('tick: a live cluster', () => {
  it('renews leader Leases every 2 s and node Leases every 10 s', () => {
    const src = createWorld({ nodes: 4, seed: 5, scenario: 'healthy', now: NOW });
    const before = Date.parse((src.objects.find((o) => o.metadata.name === 'kube-scheduler' && o.kind === 'Lease') as Json).spec.renewTime);
    const store = run(src, 30);
    const sched = get(store, 'Lease', 'kube-scheduler');
    expect(Date.parse(sched.spec.renewTime)).toBeGreaterThan(before + 25_000);
    expect(sched.spec).toMatchObject({ leaseDurationSeconds: 15, holderIdentity: expect.stringMatching(/^control-plane-1_[0-9a-f-]{36}$/) });
    for (const node of ['control-plane-1', 'worker-1', 'worker-2', 'worker-3']) {
      const lease = get(store, 'Lease', node, 'kube-node-lease');
      expect(NOW + 30_000 - Date.parse(lease.spec.renewTime)).toBeLessThan(10_000);
      expect(lease.spec).toMatchObject({ holderIdentity: node, leaseDurationSeconds: 40 });
    }
  });

  it('does not touch every node each second at 5,000 nodes', () => {
    const src = createWorld({ nodes: 5000, seed: 5, scenario: 'healthy', now: NOW });
    const store = memoryStore(src.objects);
    src.tick!(NOW + 1000, store.m);
    expect(store.writes.filter((o) => o.kind === 'Lease').length).toBeLessThan(700);
    expect(store.writes.filter((o) => o.kind === 'Node').length).toBeLessThan(50);
  });

  it('writes the same changes for the same sequence of now', () => {
    const a = run(createWorld({ nodes: 4, seed: 8, scenario: 'degraded', now: NOW }), 900, 5);
    const b = run(createWorld({ nodes: 4, seed: 8, scenario: 'degraded', now: NOW }), 900, 5);
    expect(JSON.stringify(a.writes)).toBe(JSON.stringify(b.writes));
  });

  it('adds new events with unique names and expires those older than an hour', () => {
    const src = createWorld({ nodes: 4, seed: 5, scenario: 'healthy', now: NOW });
    const initial = src.objects.filter((o) => o.kind === 'Event').map((o) => o.metadata.name);
    const store = run(src, 2 * 3600, 10);
    const events = [...store.map.values()].filter((o) => o.kind === 'Event') as Json[];
    expect(events.some((e) => e.reason === 'RELOAD')).toBe(true);
    expect(events.filter((e) => initial.includes(e.metadata.name))).toHaveLength(0);
    expect(events.every((e) => NOW + 2 * 3600_000 - Date.parse(e.lastTimestamp) <= 3600_000 + 60_000)).toBe(true);
    expect(new Set(events.map((e) => e.metadata.name)).size).toBe(events.length);
  });
});

describe('logs', () => {
  const src = createWorld({ nodes: 4, seed: 11, scenario: 'degraded', now: NOW });
  const pods = src.objects.filter((o) => o.kind === 'Pod') as Json[];
  const named = (prefix: string) => pods.find((p) => p.metadata.name.startsWith(prefix))!.metadata.name;

  it('grow with time in the component formats, deterministically', () => {
    const api = named('kube-apiserver-');
    const early = src.logs!('kube-system', api, 'kube-apiserver', false, NOW)!;
    const later = src.logs!('kube-system', api, 'kube-apiserver', false, NOW + 60_000)!;
    expect(later.at(-1)!.time).toBeGreaterThan(early.at(-1)!.time + 40_000);
    expect(later.filter((l) => l.time > NOW).length).toBeGreaterThan(8);
    expect(later.length).toBeLessThanOrEqual(5000);
    expect(later.at(-1)!.text).toMatch(/^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{6} +1 [\w.]+:\d+\] /);
    expect(src.logs!('kube-system', api, 'kube-apiserver', false, NOW + 60_000)).toEqual(later);
    for (let i = 1; i < later.length; i++) expect(later[i].time).toBeGreaterThanOrEqual(later[i - 1].time);
    expect(later.every((l) => l.time <= NOW + 60_000)).toBe(true);
  });

  it('print the CoreDNS banner and queries for a healthy replica', () => {
    const healthy = createWorld({ nodes: 4, seed: 11, scenario: 'healthy', now: NOW });
    const dns = (healthy.objects as Json[]).find((p) => p.kind === 'Pod' && p.metadata.labels?.['k8s-app'] === 'kube-dns')!;
    const lines = healthy.logs!('kube-system', dns.metadata.name, 'coredns', false, NOW)!;
    expect(lines.at(-1)!.text).toMatch(/^\[INFO\] [\d.]+:\d+ - \d+ "(A|AAAA) IN \S+ udp \d+ false 512" NXDOMAIN qr,aa,rd \d+ [\d.]+s$/);
    expect(healthy.logs!('kube-system', dns.metadata.name, 'coredns', true, NOW)).toBeUndefined();
    expect(healthy.logs!('kube-system', dns.metadata.name, 'nope', false, NOW)).toBeUndefined();
  });

  it('serve the crashed instance for --previous on the crash-looping CoreDNS pod', () => {
    const crashing = pods.find((p) => p.status.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff')!;
    const prev = src.logs!('kube-system', crashing.metadata.name, 'coredns', true, NOW)!;
    expect(prev.map((l) => l.text)).toContain('CoreDNS-1.11.3');
    expect(prev.at(-1)!.text).toMatch(/^\[FATAL\] plugin\/loop: Loop \(127\.0\.0\.1:\d+ -> :53\) detected for zone "\."/);
  });

  it('keep the controller-manager previous instance that lost its lease', () => {
    const kcm = named('kube-controller-manager-');
    expect(src.logs!('kube-system', kcm, 'kube-controller-manager', true, NOW)!.at(-1)!.text).toContain('"leaderelection lost"');
  });
});

describe('metrics', () => {
  const cpuN = (q: string) => Number(q.replace(/n$/, ''));
  const memKi = (q: string) => Number(q.replace(/Ki$/, ''));

  it('move over time, stay under memory limits, and rank components plausibly', () => {
    const src = createWorld({ nodes: 4, seed: 2, scenario: 'healthy', now: NOW });
    const a = src.metrics!(NOW) as { nodes: Json[]; pods: Json[] };
    const b = src.metrics!(NOW + 5 * 60_000) as { nodes: Json[]; pods: Json[] };
    expect(a.nodes).toHaveLength(4);
    expect(a.pods).toHaveLength(22);
    expect(a.nodes.map((n) => n.usage.cpu)).not.toEqual(b.nodes.map((n) => n.usage.cpu));
    expect(src.metrics!(NOW + 3_000)).toBe(src.metrics!(NOW + 4_000));
    const usage = (snap: typeof a, prefix: string) => cpuN(snap.pods.find((p) => p.metadata.name.startsWith(prefix))!.containers[0].usage.cpu);
    expect(usage(a, 'kube-apiserver')).toBeGreaterThan(usage(a, 'kube-scheduler'));
    const pods = src.objects.filter((o) => o.kind === 'Pod') as Json[];
    for (const pm of [...a.pods, ...b.pods]) {
      const spec = pods.find((p) => p.metadata.name === pm.metadata.name)!.spec;
      for (const c of pm.containers) {
        expect(c.usage.cpu).toMatch(/^\d+n$/);
        const limit = spec.containers.find((x: Json) => x.name === c.name).resources?.limits?.memory;
        if (limit) expect(memKi(c.usage.memory)).toBeLessThan(Number(limit.replace(/Mi|Gi/, '')) * (limit.endsWith('Gi') ? 1024 * 1024 : 1024));
      }
    }
    for (const n of a.nodes) expect(memKi(n.usage.memory)).toBeGreaterThan(500_000);
  });
});
