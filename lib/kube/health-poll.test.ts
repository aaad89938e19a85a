/**
 * The health sources at what each is worth to the API server, counted at the demo cluster: /readyz and
 * /livez every poll, /version and componentstatuses every so many polls, APIServices listed once and then
 * watched (never polled), and their state still answered from the watch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import { COMPONENT_STATUSES_EVERY_POLLS, VERSION_EVERY_POLLS } from './health';

let t: SimRuntime;

beforeAll(async () => {
  t = await startSimRuntime('health-poll', { nodes: 2, seed: 4 }, { HEALTH_POLL_MS: '100' });
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
});

afterAll(async () => {
  await t?.close();
});

describe('the health poller against the demo cluster', () => {
  it('asks /version and componentstatuses every so many polls and watches APIServices instead of listing them', async () => {
    await eventually(() => t.runtime.health.state.apiServices?.ok === true, 10_000, 'APIServices listed');
    await t.resetStats();
    const before = t.runtime.health.polls;
    await eventually(() => t.runtime.health.polls >= before + 2 * VERSION_EVERY_POLLS, 30_000, 'forty polls');
    const byKey = (await t.stats()).requests.byKey;
    const readyz = byKey['GET /readyz'] ?? 0;
    expect(readyz).toBeGreaterThanOrEqual(2 * VERSION_EVERY_POLLS - 1);
    expect(byKey['GET /livez'] ?? 0).toBeGreaterThanOrEqual(2 * VERSION_EVERY_POLLS - 1);
    expect(byKey['GET /version'] ?? 0).toBeLessThanOrEqual(Math.ceil(readyz / VERSION_EVERY_POLLS) + 1);
    expect(byKey['LIST componentstatuses'] ?? 0).toBeLessThanOrEqual(Math.ceil(readyz / COMPONENT_STATUSES_EVERY_POLLS) + 1);
    expect(byKey['LIST componentstatuses'] ?? 0).toBeGreaterThanOrEqual(1);
    // APIServices: no LIST in the window (the watch holds them), and the state still has them.
    expect(byKey['LIST apiservices'] ?? 0).toBe(0);
    expect(t.runtime.health.state.apiServices).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ metadata: expect.objectContaining({ name: 'v1beta1.metrics.k8s.io' }) })]) });
  });
});
