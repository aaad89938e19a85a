/** The sampler against the degraded demo cluster over real HTTPS: metrics.k8s.io answers 503, and the state says why. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import type { ClusterRuntime } from '@/lib/server/runtime';
import { eventually, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import { METRICS_BACKOFF_MAX_MS, nextSampleDelayMs } from './sampler';
import { componentUsage } from '@/lib/server/usage';

let t: SimRuntime;
let runtime: ClusterRuntime;

beforeAll(async () => {
  t = await startSimRuntime('sampler-test', { nodes: 3, seed: 7, scenario: 'degraded' }, { METRICS_INTERVAL: '1' });
  runtime = t.runtime;
  await runtime.waitForSync(20_000);
});

afterAll(async () => {
  await t?.close();
  delete process.env.METRICS_INTERVAL;
  resetConfigForTests();
});

describe('MetricsSampler on the degraded demo cluster', () => {
  it("reports metrics unavailable with the APIService's condition and metrics-server's unready pod, and the usage still answers", async () => {
    await runtime.health.pollOnce();
    await eventually(() => runtime.health.state.apiServices?.ok === true, 10_000, 'the APIServices listed by their watch');
    await runtime.metrics.sampleOnce();
    const status = runtime.metrics.status();
    expect(status.state).toBe('unavailable');
    expect(status.message).toBe('the metrics.k8s.io APIService is not available');
    expect(status.detail).toContain('v1beta1.metrics.k8s.io: Not available MissingEndpoints: endpoints for service/metrics-server');
    expect(status.detail).toContain('metrics-server pods ready: 0/1');
    expect(runtime.metrics.history.samples).toBe(0);
    const usage = await componentUsage(runtime, 'coredns', '1h');
    expect(usage.metrics.state).toBe('unavailable');
    expect(usage.total.cpu).toEqual([]);
    expect(usage.reference.memoryLimits).toBeGreaterThan(0);
  });

  it('tells the findings why there is no pod usage to judge', async () => {
    await runtime.metrics.sampleOnce();
    const latest = runtime.metrics.latestPodMetrics();
    expect(latest).toMatchObject({ ok: false });
    expect(latest && !latest.ok && latest.message).toMatch(/unable to handle the request|unavailable/i);
  });

  it('backs off while metrics.k8s.io answers 503, instead of asking twice every interval', async () => {
    const before = runtime.metrics.refusalsInARow;
    await runtime.metrics.sampleOnce();
    await runtime.metrics.sampleOnce();
    expect(runtime.metrics.refusalsInARow).toBe(before + 2);
  });
});

describe('nextSampleDelayMs', () => {
  it('is the interval while samples succeed, doubles per refusal in a row, and stops at the ceiling', () => {
    expect(nextSampleDelayMs(15, 0)).toBe(15_000);
    expect(nextSampleDelayMs(15, 1)).toBe(30_000);
    expect(nextSampleDelayMs(15, 3)).toBe(120_000);
    expect(nextSampleDelayMs(15, 10)).toBe(METRICS_BACKOFF_MAX_MS);
    // An interval longer than the ceiling is never shortened by a refusal.
    expect(nextSampleDelayMs(600, 2)).toBe(600_000);
  });
});
