import { describe, expect, it } from 'vitest';
import { containerQueries, nodeQueries, parseMatrix, PrometheusError } from './prometheus';

describe('parseMatrix', () => {
  it('reads a query_range matrix as numeric points, dropping NaN', () => {
    const body = {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          { metric: { pod: 'coredns-a' }, values: [[1_700_000_000, '0.0031'], [1_700_000_015, 'NaN'], [1_700_000_030.5, '0.0042']] },
          { metric: { pod: 'coredns-b' }, values: [] },
        ],
      },
    };
    expect(parseMatrix(body)).toEqual([
      { labels: { pod: 'coredns-a' }, points: [[1_700_000_000, 0.0031], [1_700_000_031, 0.0042]] },
      { labels: { pod: 'coredns-b' }, points: [] },
    ]);
  });

  it("throws Prometheus's own error", () => {
    const body = { status: 'error', errorType: 'bad_data', error: 'parse error at char 5' };
    expect(() => parseMatrix(body)).toThrow(PrometheusError);
    expect(() => parseMatrix(body)).toThrow('Prometheus answered bad_data: parse error at char 5');
  });

  it('refuses a non-matrix answer', () => {
    expect(() => parseMatrix({ status: 'success', data: { resultType: 'vector', result: [] } })).toThrow('expected a matrix');
  });
});

describe('queries', () => {
  it('reads kube-system containers, without the pause container, as a rate of the CPU counter', () => {
    const q = containerQueries(['pod'], 'pod=~"coredns-.+"', 15);
    expect(q.cpu).toBe(
      'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="kube-system",container!="",container!="POD",pod=~"coredns-.+"}[120s]))',
    );
    expect(q.memory).toBe('sum by (pod) (container_memory_working_set_bytes{namespace="kube-system",container!="",container!="POD",pod=~"coredns-.+"})');
    expect(containerQueries([], '', 300).cpu).toContain('[300s]');
  });

  it("reads a node from cAdvisor's root cgroup", () => {
    expect(nodeQueries('worker-1', 15).memory).toBe('sum(container_memory_working_set_bytes{id="/",node="worker-1"})');
  });
});
