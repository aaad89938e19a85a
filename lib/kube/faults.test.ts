/**
 * The fault suite, against the demo cluster's fault injection over real HTTPS: dropped watches and
 * expired resourceVersions leave the cache equal to a fresh list; bursts of 429 and 5xx are met with
 * back-off, not a request storm; a forbidden kind says which permission is missing while the rest stays live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getEvents } from '@/app/api/events/route';
import { GET as getOverview } from '@/app/api/overview/route';
import type { OverviewResponse } from '@/lib/api/types';
import { eventually, listAndWatchRequests, sleep, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';

let t: SimRuntime;

async function overview(): Promise<OverviewResponse> {
  const response = await getOverview(new Request('http://kubesys.test/api/overview'));
  expect(response.status).toBe(200);
  return (await response.json()) as OverviewResponse;
}

const informerTotals = () => {
  let lists = 0;
  let watches = 0;
  for (const informer of t.runtime.cache.informers.values()) {
    lists += informer.lists;
    watches += informer.watches;
  }
  return { lists, watches };
};

beforeAll(async () => {
  // A fast-moving cluster with a short watch history, a short forbidden retry and fast metrics sampling.
  t = await startSimRuntime('faults-test', { tickMs: 200, historyMaxEvents: 50 }, { FORBIDDEN_RETRY_MS: '1500', METRICS_INTERVAL: '1', WATCH_TIMEOUT_SECONDS: '60' });
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
  await eventually(() => t.runtime.freshness().state === 'live', 20_000, 'live');
});

afterAll(async () => {
  await t?.close();
});

describe('watches dropped every second', () => {
  it('resume (or relist) and keep the cache equal to a fresh list', async () => {
    const before = informerTotals();
    await t.setFaults({ dropWatchesEverySec: 1 });
    await sleep(5_000);
    const faults = t.sim.faults.config;
    expect(faults.dropWatchesEverySec).toBe(1);
    expect(t.sim.faults.injected['dropped-watches']).toBeGreaterThan(0);
    // While the drops go on, the cache still catches up with the server (compared a kind at a time).
    await eventually(async () => (await t.differences()).length === 0, 20_000, 'cache equal to a fresh list during drops');
    await t.resetFaults();
    await eventually(async () => (await t.differences()).length === 0, 20_000, 'cache equal to a fresh list');
    const after = informerTotals();
    expect(after.watches).toBeGreaterThan(before.watches + t.runtime.cache.informers.size * 2);
    await eventually(() => t.runtime.freshness().state === 'live');
  });
});

describe('every resumed watch answered 410 Expired', () => {
  it('relists, backs off instead of relisting in a loop, and ends equal to a fresh list', async () => {
    await t.resetStats();
    const before = informerTotals();
    await t.setFaults({ expireRv: true });
    await t.dropWatches();
    await sleep(8_000);
    const stats = await t.stats();
    const during = informerTotals();
    await t.resetFaults();
    // Every kind had to relist at least once…
    expect(during.lists - before.lists).toBeGreaterThanOrEqual(t.runtime.cache.informers.size);
    // …but a resume that can never succeed must not become a tight LIST+WATCH loop. With back-off
    // (1 s doubling, jittered) each kind makes a handful of attempts in 8 s; a loop makes thousands.
    expect(stats.requests.byKey['LIST pods'] ?? 0).toBeLessThanOrEqual(8);
    expect(listAndWatchRequests(stats)).toBeLessThanOrEqual(t.runtime.cache.informers.size * 16);
    await eventually(async () => (await t.differences()).length === 0, 40_000, 'cache equal to a fresh list');
    await eventually(() => t.runtime.freshness().state === 'live', 40_000, 'live');
  });
});

describe('bursts of 429 and 5xx', () => {
  it('back off with jitter: a ten-second burst on every request costs a bounded number of requests', async () => {
    await t.setFaults({ errorRates: { '429': 0.5, '503': 0.5 } });
    await t.resetStats();
    await t.dropWatches();
    await sleep(10_000);
    const stats = await t.stats();
    const state = t.runtime.freshness();
    await t.resetFaults();
    // Every watch fails and retries: each of 13 kinds backs off 0.5–1, 1–2, 2–4, 4–8 s, so it makes
    // about 5 attempts in 10 s, each a LIST and a WATCH at most (a lucky LIST can be followed by a
    // failing WATCH); the health poller polls its 5 sources once or twice, the sampler 2 paths a second.
    // A storm (no back-off) would be hundreds per kind.
    expect(listAndWatchRequests(stats)).toBeLessThanOrEqual(t.runtime.cache.informers.size * 10);
    expect(stats.requests.total).toBeLessThanOrEqual(t.runtime.cache.informers.size * 10 + 5 * 3 + 2 * 12);
    expect(state.state).toBe('reconnecting');
    const messages = Object.values(state.watches).map((w) => w.message ?? '');
    expect(messages.some((m) => /Too many requests|unable to handle the request/.test(m))).toBe(true);
    await eventually(() => t.runtime.freshness().state === 'live', 40_000, 'live after the burst');
    await eventually(async () => (await t.differences()).length === 0, 20_000, 'cache equal to a fresh list');
  });

  it('keeps the cache equal to a fresh list through a steady 20% 503 / 10% 429 rate with watch drops', async () => {
    await t.setFaults({ errorRates: { '503': 0.2, '429': 0.1 }, dropWatchesEverySec: 2 });
    await sleep(6_000);
    await t.resetFaults();
    await eventually(async () => (await t.differences()).length === 0, 40_000, 'cache equal to a fresh list');
    await eventually(() => t.runtime.freshness().state === 'live', 40_000, 'live');
  });
});

describe('403 on events and on metrics', () => {
  it('marks events forbidden with the missing permission, explains metrics, and keeps the rest live', async () => {
    await t.setFaults({ forbid: ['events', 'metrics'] });
    await t.dropWatches();
    await eventually(() => t.runtime.freshness().watches.events?.state === 'forbidden', 20_000, 'events forbidden');
    const body = await overview();
    const events = body.freshness.watches.events;
    expect(events.state).toBe('forbidden');
    expect(events.message).toMatch(/needs list and watch on events in kube-system/);
    expect(events.message).toMatch(/cannot (list|watch) resource "events" in API group "" in the namespace "kube-system"/);
    // The rest works: every other kind is live and the overview still has its components.
    for (const [key, watch] of Object.entries(body.freshness.watches)) if (key !== 'events') expect(watch.state, key).toBe('live');
    expect(body.freshness.state).toBe('live');
    expect(body.groups.flatMap((g) => g.components).length).toBeGreaterThan(5);

    // The events API says why it has no events instead of showing an empty list as if there were none.
    const eventsResponse = await getEvents(new Request('http://kubesys.test/api/events'));
    expect(eventsResponse.status).toBe(200);
    const eventsBody = (await eventsResponse.json()) as { total: number; forbidden?: string };
    expect(eventsBody.total).toBe(0);
    expect(eventsBody.forbidden).toMatch(/needs list and watch on events in kube-system/);

    // Metrics: the sampler reads 403 and says which permission is missing.
    await eventually(() => t.runtime.metrics.status().state === 'forbidden', 20_000, 'metrics forbidden');
    expect(t.runtime.metrics.status().message).toMatch(/needs list on nodes\.metrics\.k8s\.io and pods\.metrics\.k8s\.io/);

    // Granted again: events come back after the (shortened) forbidden retry, metrics on the next sample.
    await t.resetFaults();
    await eventually(() => t.runtime.freshness().watches.events?.state === 'live', 20_000, 'events live again');
    await eventually(() => t.runtime.metrics.status().state !== 'forbidden', 20_000, 'metrics readable again');
    expect(t.runtime.list('events').length).toBeGreaterThan(0);
  });

  it('says metrics-server is not installed when metrics.k8s.io disappears, and nothing else changes', async () => {
    await t.setFaults({ metricsGone: true });
    await eventually(() => t.runtime.metrics.status().state === 'absent', 20_000, 'metrics absent');
    expect(t.runtime.metrics.status().message).toMatch(/not installed/);
    expect(t.runtime.freshness().state).toBe('live');
    await t.resetFaults();
    await eventually(() => t.runtime.metrics.status().state !== 'absent', 20_000, 'metrics back');
  });
});
