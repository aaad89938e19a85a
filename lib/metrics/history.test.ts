import { describe, expect, it } from 'vitest';
import { MetricsHistory, type PodSample, type Sample } from './history';

const T0 = 1_700_000_000_000;
const INTERVAL_MS = 15_000;

function corednsPod(name: string, cpu: number): PodSample {
  return { name, node: 'w1', componentId: 'coredns', group: 'add-on', containers: [{ name: 'coredns', cpu, memory: 20e6 }] };
}

function sample(i: number, pods: PodSample[]): Sample {
  return { at: T0 + i * INTERVAL_MS, nodes: [{ name: 'w1', cpu: 500, memory: 2e9 }], pods };
}

describe('MetricsHistory', () => {
  it('keeps the component total continuous when a pod is replaced, and starts a series for the new pod', () => {
    const h = new MetricsHistory(240, 3_600);
    for (let i = 0; i < 4; i++) h.record(sample(i, [corednsPod('coredns-a', 10), corednsPod('coredns-b', 12)]));
    for (let i = 4; i < 8; i++) h.record(sample(i, [corednsPod('coredns-a', 10), corednsPod('coredns-c', 14)]));
    const total = h.get('component', 'coredns')!.ring.points().cpu;
    expect(total).toHaveLength(8);
    expect(total.map(([, v]) => v)).toEqual([22, 22, 22, 22, 24, 24, 24, 24]);
    expect(h.get('pod', 'coredns-b')!.ring.size).toBe(4);
    expect(h.get('pod', 'coredns-c')!.ring.points().cpu[0]).toEqual([(T0 + 4 * INTERVAL_MS) / 1000, 14]);
    expect(h.podsOfComponent('coredns').map(([name]) => name).sort()).toEqual(['coredns-a', 'coredns-b', 'coredns-c']);
    expect(h.current('pod').map(([name]) => name).sort()).toEqual(['coredns-a', 'coredns-c']);
  });

  it('sums pods into their group and keeps per-container series only for multi-container pods', () => {
    const h = new MetricsHistory(10, 150);
    const calico: PodSample = {
      name: 'calico-node-x', componentId: 'calico', group: 'node',
      containers: [{ name: 'calico-node', cpu: 30, memory: 100 }, { name: 'bird', cpu: 5, memory: 50 }],
    };
    h.record(sample(0, [corednsPod('coredns-a', 10), calico]));
    expect(h.get('group', 'node')!.ring.latest()).toMatchObject({ cpu: 35, memory: 150 });
    expect(h.get('container', 'calico-node-x/bird')!.ring.latest()).toMatchObject({ cpu: 5 });
    expect(h.get('container', 'coredns-a/coredns')).toBeUndefined();
    expect(h.get('node', 'w1')!.ring.latest()).toMatchObject({ cpu: 500, memory: 2e9 });
  });

  it('bounds memory: capacity points per series, and drops series of pods gone longer than the retention', () => {
    const h = new MetricsHistory(4, 60);
    h.record(sample(0, [corednsPod('coredns-old', 5)]));
    for (let i = 1; i <= 20; i++) h.record(sample(i, [corednsPod(`coredns-${i % 2}`, 5)]));
    expect(h.get('pod', 'coredns-old')).toBeUndefined();
    for (const [, s] of h.all('pod')) expect(s.ring.size).toBeLessThanOrEqual(4);
    expect(h.get('component', 'coredns')!.ring.size).toBe(4);
    expect(h.seriesCount()).toBe(h.all('node').size + h.all('pod').size + h.all('component').size + h.all('group').size);
    expect(h.byteLength()).toBeGreaterThan(h.seriesCount() * 4 * 12);
  });

  it('holds a gone pod\'s points in arrays trimmed to them, and a live pod\'s in arrays that grow with them', () => {
    const h = new MetricsHistory(240, 3_600);
    for (let i = 0; i < 20; i++) h.record(sample(i, [corednsPod('coredns-live', 10), ...(i < 11 ? [corednsPod('coredns-gone', 12)] : [])]));
    const gone = h.get('pod', 'coredns-gone')!.ring;
    expect(gone.size).toBe(11);
    expect(gone.allocated).toBe(11);
    expect(gone.points().cpu).toEqual(Array.from({ length: 11 }, (_, i) => [(T0 + i * INTERVAL_MS) / 1000, 12]));
    const live = h.get('pod', 'coredns-live')!.ring;
    expect(live.size).toBe(20);
    expect(live.allocated).toBe(32);
    expect(h.byteLength()).toBeLessThan(h.seriesCount() * 240 * 12);
  });
});
