/**
 * The fault suite's slow-API-server case: two seconds of latency on every call. The first overview
 * request waits at most its 5 s for the first sync, then answers with what the cache has, marked as
 * syncing (kinds still paging are named); later answers fill in progressively until everything is live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getOverview } from '@/app/api/overview/route';
import type { OverviewResponse } from '@/lib/api/types';
import { eventually, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';

let t: SimRuntime;

async function overview(): Promise<OverviewResponse> {
  const response = await getOverview(new Request('http://kubesys.test/api/overview'));
  expect(response.status).toBe(200);
  return (await response.json()) as OverviewResponse;
}

beforeAll(async () => {
  // Small pages, so listing the ~20 kube-system pods takes several 2-second round trips.
  t = await startSimRuntime('faults-latency-test', { tickMs: 500, faults: { latencyMs: 2_000 } }, { LIST_PAGE_SIZE: '4', WATCH_TIMEOUT_SECONDS: '60' });
});

afterAll(async () => {
  await t?.close();
});

describe('two seconds of latency on every call', () => {
  it('the first overview answers with what it has, marked syncing, then fills in until live', async () => {
    const first = await overview();
    // Kinds that fit in one page are in; pods (several pages) are still being listed, and the answer says so.
    expect(first.freshness.state).toBe('syncing');
    expect(first.freshness.watches.pods.state).toBe('syncing');
    expect(first.freshness.watches.nodes.state).toBe('live');
    expect(first.freshness.watches.nodes.count).toBe(4);
    const podsAtFirst = first.groups.flatMap((g) => g.components).reduce((n, c) => n + c.podCount, 0);

    let last = first;
    await eventually(async () => (last = await overview()).freshness.state === 'live', 60_000, 'live');
    const podsAtLast = last.groups.flatMap((g) => g.components).reduce((n, c) => n + c.podCount, 0);
    expect(podsAtLast).toBeGreaterThan(podsAtFirst);
    expect(last.cluster.version).toMatch(/^v1\./);
  });
});
