/**
 * The shared cache against the demo cluster over real HTTPS: it syncs, follows changes, resumes after
 * dropped watches, relists after 410 Gone, stays equal to a fresh list, and costs the API server the
 * same however many readers it has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startSimCache, type SimCache } from '@/test/sim-cache';
import type { ClusterCache } from './cache';
import { CACHED_RESOURCES } from './resources';

let t: SimCache;
let cache: ClusterCache;

const cacheEqualsFreshList = async () => (await t.differences()).length === 0;

beforeAll(async () => {
  // A short watch history, so a resumed watch after a pause meets 410 Gone as on a busy real cluster.
  t = await startSimCache('cache-test', { tickMs: 200, historyMaxEvents: 20 }, { WATCH_TIMEOUT_SECONDS: '30' });
  cache = t.cache;
});

afterAll(async () => {
  await t?.close();
});

describe('the shared cache against the demo cluster', () => {
  it('lists every kind and reports itself live', async () => {
    expect(await cache.waitForSync(20_000)).toBe(true);
    await eventually(() => cache.freshness().state === 'live');
    expect(cache.objects('pods').length).toBeGreaterThan(10);
    expect(cache.objects('nodes').map((n) => n.metadata?.name).sort()).toHaveLength(4);
    expect(cache.objects('node-leases')).toHaveLength(4);
    const freshness = cache.freshness();
    for (const def of CACHED_RESOURCES) expect(freshness.watches[def.key].state, def.key).toBe('live');
  });

  it('follows changes through its watches: lease renewals arrive without relisting', async () => {
    const listsBefore = cache.informers.get('leases')!.lists;
    const before = cache.object('leases', 'kube-scheduler')?.metadata?.resourceVersion;
    await eventually(() => cache.object('leases', 'kube-scheduler')?.metadata?.resourceVersion !== before);
    expect(cache.informers.get('leases')!.lists).toBe(listsBefore);
  });

  it('polls the health sources', async () => {
    await eventually(() => Boolean(cache.health.state.version?.ok && cache.health.state.readyz?.ok));
    const { version, readyz } = cache.health.state;
    expect(version?.ok && version.value.gitVersion).toMatch(/^v1\.\d+/);
    expect(readyz?.ok && readyz.value.checks.some((c) => c.name === 'etcd')).toBe(true);
  });

  it('resumes dropped watches from the last resourceVersion, without relisting, and stays equal to a fresh list', async () => {
    const lists = () => [...cache.informers.values()].reduce((sum, i) => sum + i.lists, 0);
    const watches = () => [...cache.informers.values()].reduce((sum, i) => sum + i.watches, 0);
    const [listsBefore, watchesBefore] = [lists(), watches()];
    for (let round = 0; round < 3; round++) {
      await t.dropWatches();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await eventually(cacheEqualsFreshList, 30_000);
    expect(watches()).toBeGreaterThan(watchesBefore);
    expect(lists()).toBe(listsBefore);
  });

  it('relists after 410 Gone when its resourceVersion has expired, and stays equal to a fresh list', async () => {
    const leases = cache.informers.get('leases')!;
    const listsBefore = leases.lists;
    // As after a long outage: the last seen resourceVersion is older than the server's watch history.
    leases.rewindForTests('1');
    await t.dropWatches();
    await eventually(() => leases.lists > listsBefore);
    await eventually(cacheEqualsFreshList, 30_000);
    await eventually(() => cache.freshness().state === 'live');
  });

  it('costs the API server the same for one reader or a thousand', async () => {
    await t.resetStats();
    for (let i = 0; i < 1000; i++) {
      cache.objects('pods');
      cache.freshness();
    }
    const stats = await t.stats();
    expect(stats.requests.byKey['LIST pods'] ?? 0).toBe(0);
    expect(stats.requests.byKey['GET pods'] ?? 0).toBe(0);
  });
});

describe('what the cache keeps', () => {
  it('drops managedFields, which real API servers send with every object', async () => {
    const pod = cache.objects('pods')[0];
    const withFields = { ...pod, metadata: { ...pod.metadata, managedFields: [{ manager: 'kubelet', operation: 'Update' }] } };
    const response = await fetch(`${t.sim.adminUrl}/objects`, { method: 'PUT', body: JSON.stringify(withFields) });
    expect(response.status).toBe(200);
    const { resourceVersion } = (await response.json()) as { resourceVersion: string };
    await eventually(() => cache.object('pods', pod.metadata!.name!)?.metadata?.resourceVersion === resourceVersion);
    expect(cache.object('pods', pod.metadata!.name!)?.metadata).not.toHaveProperty('managedFields');
  });
});
