import { describe, expect, it } from 'vitest';
import { metricsApiServiceCondition, metricsStatus, type StateInput } from './state';

const NOW = 1_700_000_000_000;
const base: StateInput = { now: NOW, intervalSeconds: 15, retentionSeconds: 3_600 };
const apiServices = [
  {
    metadata: { name: 'v1beta1.metrics.k8s.io' },
    status: {
      conditions: [
        { type: 'Available', status: 'False', reason: 'MissingEndpoints', message: 'endpoints for service/metrics-server in "kube-system" have no addresses with port name "https"' },
      ],
    },
  },
];

describe('metricsStatus', () => {
  it.each([
    [404, 'absent', /metrics-server is not installed/],
    [503, 'unavailable', /^the metrics\.k8s\.io APIService is not available$/],
    [403, 'forbidden', /needs list on nodes\.metrics\.k8s\.io/],
    [500, 'error', /could not be read/],
  ] as const)('maps HTTP %i to %s', (status, state, message) => {
    const result = metricsStatus({ ...base, error: { status, message: 'from the API server' } });
    expect(result.state).toBe(state);
    expect(result.message).toMatch(message);
  });

  it("explains 503 with the APIService's Available condition and metrics-server's unready pods", () => {
    const result = metricsStatus({ ...base, error: { status: 503, message: 'the server is currently unable to handle the request' }, apiServices, metricsServer: { ready: 0, total: 1 } });
    expect(result.detail).toBe(
      'v1beta1.metrics.k8s.io: Not available MissingEndpoints: endpoints for service/metrics-server in "kube-system" have no addresses with port name "https"; metrics-server pods ready: 0/1',
    );
  });

  it('is starting before the first sample, ok with fresh metrics, stale past two intervals', () => {
    expect(metricsStatus(base).state).toBe('starting');
    expect(metricsStatus({ ...base, lastSampleAt: NOW, newestMetricAt: NOW - 20_000 }).state).toBe('ok');
    const stale = metricsStatus({ ...base, lastSampleAt: NOW, newestMetricAt: NOW - 31_000 });
    expect(stale.state).toBe('stale');
    expect(stale.message).toBe('the newest sample is 31s old');
  });

  it('returns to ok once a read succeeds again', () => {
    expect(metricsStatus({ ...base, error: { status: 503, message: 'down' } }).state).toBe('unavailable');
    expect(metricsStatus({ ...base, lastSampleAt: NOW, newestMetricAt: NOW }).state).toBe('ok');
  });
});

describe('metricsApiServiceCondition', () => {
  it('is undefined when the APIService is not registered', () => {
    expect(metricsApiServiceCondition([])).toBeUndefined();
    expect(metricsApiServiceCondition(undefined)).toBeUndefined();
  });
});
