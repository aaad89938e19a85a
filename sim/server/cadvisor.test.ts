import { describe, expect, it } from 'vitest';
import type { ClusterSource, MetricsSnapshot } from '../types';
import { createCadvisorExposition } from './cadvisor';
import { createWorld } from '../world/index';

const T0 = 1_700_000_000_000;

function sourceWith(metrics: ClusterSource['metrics']): ClusterSource {
  return { kind: 'demo', name: 't', version: { major: '1', minor: '31', gitVersion: 'v1.31.0' } as ClusterSource['version'], objects: [], metrics };
}

const snapshot: MetricsSnapshot = {
  nodes: [{ apiVersion: 'metrics.k8s.io/v1beta1', kind: 'NodeMetrics', metadata: { name: 'worker-1' }, usage: { cpu: '500000000n', memory: '2097152Ki' } } as never],
  pods: [
    {
      apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', metadata: { name: 'coredns-abc-x1', namespace: 'kube-system' },
      containers: [{ name: 'coredns', usage: { cpu: '4000000n', memory: '18432Ki' } }],
    } as never,
  ],
};

function sample(text: string, metric: string, match: string): number {
  const line = text.split('\n').find((l) => l.startsWith(metric) && l.includes(match));
  if (!line) throw new Error(`no ${metric} with ${match} in\n${text}`);
  return Number(line.split(' ').at(-1));
}

describe('cAdvisor exposition', () => {
  it('integrates the metrics API usage into a CPU counter and serves working-set memory, labelled like cAdvisor', () => {
    const expose = createCadvisorExposition(sourceWith(() => snapshot), () => 'worker-1');
    const first = expose(T0);
    expect(first).toContain('# TYPE container_cpu_usage_seconds_total counter');
    expect(first).toContain(
      'container_memory_working_set_bytes{container="coredns",id="/kubepods/pod-coredns-abc-x1/coredns",namespace="kube-system",node="worker-1",pod="coredns-abc-x1"} 18874368',
    );
    const later = expose(T0 + 15_000);
    // 4m (0.004 cores) for 15 s is 0.06 CPU-seconds; the node's 0.5 cores for 15 s is 7.5.
    expect(sample(later, 'container_cpu_usage_seconds_total', 'pod="coredns-abc-x1"')).toBeCloseTo(0.06, 6);
    expect(sample(later, 'container_cpu_usage_seconds_total', 'id="/",node="worker-1"')).toBeCloseTo(7.5, 6);
    expect(sample(later, 'container_memory_working_set_bytes', 'id="/",node="worker-1"')).toBe(2 * 2 ** 30);
  });

  it('serves no samples while the metrics API is unavailable', () => {
    const expose = createCadvisorExposition(sourceWith(() => ({ unavailable: 'down' })), () => undefined);
    expect(expose(T0).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([]);
  });

  it('serves every running kube-system container of the simulated world', () => {
    const world = createWorld({ nodes: 3, seed: 7, scenario: 'healthy' });
    const snap = world.metrics!(T0) as MetricsSnapshot;
    const text = createCadvisorExposition(world, () => 'n')(T0);
    const containers = snap.pods.reduce((n, p) => n + ((p as { containers?: unknown[] }).containers?.length ?? 0), 0);
    expect(text.split('\n').filter((l) => l.startsWith('container_memory_working_set_bytes{container=')).length).toBe(containers);
    expect(text.split('\n').filter((l) => l.startsWith('container_memory_working_set_bytes{id="/"')).length).toBe(snap.nodes.length);
  });
});
