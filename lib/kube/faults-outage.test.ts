/**
 * The fault suite's outage cases: the whole API server down (connections refused and reset) for 10 s
 * and for 30 s, then back. The cache says `reconnecting`, the overview never presents its data as
 * current while the server is away (freshness and its "as of" time stay put), attempts stay bounded
 * by back-off, and everything recovers without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getOverview } from '@/app/api/overview/route';
import type { OverviewResponse } from '@/lib/api/types';
import { eventually, sleep, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';

let t: SimRuntime;

async function overview(): Promise<OverviewResponse> {
  const response = await getOverview(new Request('http://kubesys.test/api/overview'));
  expect(response.status).toBe(200);
  return (await response.json()) as OverviewResponse;
}

const attempts = () => [...t.runtime.cache.informers.values()].reduce((sum, i) => sum + i.lists + i.watches, 0);

beforeAll(async () => {
  t = await startSimRuntime('faults-outage-test', { tickMs: 250 }, { WATCH_TIMEOUT_SECONDS: '60', METRICS_INTERVAL: '2' });
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
  await eventually(() => t.runtime.freshness().state === 'live', 20_000, 'live');
});

afterAll(async () => {
  await t?.close();
});

async function outage(downMs: number): Promise<void> {
  // Start from a settled cache: every watch live and the version polled at least once.
  await eventually(async () => (await overview()).freshness.state === 'live', 40_000, 'live before the outage');
  await eventually(async () => /^v1\./.test((await overview()).cluster.version), 20_000, 'version known before the outage');
  const podsBefore = t.runtime.list('pods').length;
  const attemptsBefore = attempts();

  const downAt = Date.now();
  await t.setFaults({ down: true });
  await eventually(
    () => Object.values(t.runtime.freshness().watches).every((w) => w.state === 'reconnecting'),
    10_000,
    'every watch reconnecting',
  );
  const asOf = Date.parse(t.runtime.freshness().lastSyncAt ?? '');
  // Changes already on the wire when the sockets were reset may land, nothing after that.
  expect(asOf).toBeLessThanOrEqual(downAt + 1_000);

  // While the API server is away, every overview says so, and its "as of" time stays where it was
  // when the server went away: the data is the last known state, not current.
  const seen = new Set<string>();
  while (Date.now() - downAt < downMs) {
    const body = await overview();
    seen.add(body.freshness.state);
    expect(body.freshness.state).toBe('reconnecting');
    expect(Date.parse(body.freshness.lastSyncAt ?? '')).toBe(asOf);
    for (const watch of Object.values(body.freshness.watches)) {
      expect(watch.state, JSON.stringify(body.freshness.watches)).toBe('reconnecting');
      expect(watch.message).toMatch(/cannot reach the API server \((ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET|other side closed)/);
    }
    // The cluster's version stays known (it did not change because the server stopped answering).
    expect(body.cluster.version).toMatch(/^v1\./);
    // The last known objects are still shown (marked), not dropped.
    expect(t.runtime.list('pods').length).toBe(podsBefore);
    await sleep(1_000);
  }
  expect([...seen]).toEqual(['reconnecting']);
  // Back-off, not a reconnect storm: each kind tries a handful of times, however long the outage.
  const perKind = (attempts() - attemptsBefore) / t.runtime.cache.informers.size;
  expect(perKind).toBeLessThanOrEqual(Math.log2(downMs / 1000) + 3);

  const upAt = Date.now();
  await t.setFaults({ down: false });
  // Recovers by itself: live again, as of a time after the server came back, equal to a fresh list.
  await eventually(async () => (await overview()).freshness.state === 'live', 40_000, 'live again');
  const after = await overview();
  expect(Date.parse(after.freshness.lastSyncAt ?? '')).toBeGreaterThanOrEqual(upAt);
  await eventually(async () => (await t.differences()).length === 0, 20_000, 'cache equal to a fresh list');
}

describe('the API server down, then back', () => {
  it('for 10 s: reconnecting, never current, recovers without a restart', async () => {
    await outage(10_000);
  });

  it('for 30 s: the same, with back-off capping the attempts', async () => {
    await outage(30_000);
  });
});
