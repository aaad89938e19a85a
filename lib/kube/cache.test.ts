/**
 * The shared cache against the demo cluster over real HTTPS: it syncs, follows changes, resumes after
 * dropped watches, relists after 410 Gone, stays equal to a fresh list, and costs the API server the
 * same however many readers it has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import type { ClusterRuntime } from '@/lib/server/runtime';
import { ClusterCache } from './cache';
import { CACHED_RESOURCES } from './resources';

let t: SimRuntime;
let runtime: ClusterRuntime;

const cacheEqualsFreshList = async () => (await t.differences()).length === 0;

beforeAll(async () => {
  // A short watch history, so a resumed watch after a pause meets 410 Gone as on a busy real cluster.
  t = await startSimRuntime('cache-test', { tickMs: 200, historyMaxEvents: 20 }, { WATCH_TIMEOUT_SECONDS: '30' });
  runtime = t.runtime;
});

afterAll(async () => {
  await t?.close();
});

describe('the shared cache against the demo cluster', () => {
  it('lists every kind and reports itself live', async () => {
    expect(await runtime.waitForSync(20_000)).toBe(true);
    await eventually(() => runtime.freshness().state === 'live');
    expect(runtime.list('pods').length).toBeGreaterThan(10);
    expect(runtime.list('nodes').map((n) => n.metadata?.name).sort()).toHaveLength(4);
    expect(runtime.list('node-leases')).toHaveLength(4);
    const freshness = runtime.freshness();
    for (const def of CACHED_RESOURCES) expect(freshness.watches[def.key].state, def.key).toBe('live');
  });

  it('follows changes through its watches: lease renewals arrive without relisting', async () => {
    const listsBefore = runtime.cache.informers.get('leases')!.lists;
    const before = runtime.get('leases', 'kube-scheduler')?.metadata?.resourceVersion;
    await eventually(() => runtime.get('leases', 'kube-scheduler')?.metadata?.resourceVersion !== before);
    expect(runtime.cache.informers.get('leases')!.lists).toBe(listsBefore);
  });

  it('tells a renewal from other news: a watched Lease renewal is `modified`, the first list is not', async () => {
    const changes: string[] = [];
    const cache = new ClusterCache(runtime.connection, {
      pageSize: 100,
      watchTimeoutSeconds: 30,
      forbiddenRetryMs: 60_000,
      discoveryRecheckMs: 60_000,
      onChange: (kind, change) => changes.push(`${kind} ${change}`),
    });
    cache.start();
    try {
      await eventually(() => changes.includes('leases modified'));
      // The list came first, as other news; the leader lock's renewal afterwards, as a modification.
      expect(changes.indexOf('leases other')).toBeGreaterThanOrEqual(0);
      expect(changes.indexOf('leases other')).toBeLessThan(changes.indexOf('leases modified'));
    } finally {
      cache.stop();
    }
  });

  it('polls the health sources', async () => {
    await eventually(() => Boolean(runtime.health.state.version?.ok && runtime.health.state.readyz?.ok));
    const { version, readyz } = runtime.health.state;
    expect(version?.ok && version.value.gitVersion).toMatch(/^v1\.\d+/);
    expect(readyz?.ok && readyz.value.checks.some((c) => c.name === 'etcd')).toBe(true);
  });

  it('resumes dropped watches from the last resourceVersion, without relisting, and stays equal to a fresh list', async () => {
    const lists = () => [...runtime.cache.informers.values()].reduce((sum, i) => sum + i.lists, 0);
    const watches = () => [...runtime.cache.informers.values()].reduce((sum, i) => sum + i.watches, 0);
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
    const leases = runtime.cache.informers.get('leases')!;
    const listsBefore = leases.lists;
    // As after a long outage: the last seen resourceVersion is older than the server's watch history.
    leases.rewindForTests('1');
    await t.dropWatches();
    await eventually(() => leases.lists > listsBefore);
    await eventually(cacheEqualsFreshList, 30_000);
    await eventually(() => runtime.freshness().state === 'live');
  });

  it('costs the API server the same for one reader or a thousand', async () => {
    await t.resetStats();
    for (let i = 0; i < 1000; i++) {
      runtime.list('pods');
      runtime.freshness();
    }
    const stats = await t.stats();
    expect(stats.requests.byKey['LIST pods'] ?? 0).toBe(0);
    expect(stats.requests.byKey['GET pods'] ?? 0).toBe(0);
  });
});

describe('what the cache keeps', () => {
  it('drops managedFields, which real API servers send with every object', async () => {
    const pod = runtime.list('pods')[0];
    const withFields = { ...pod, metadata: { ...pod.metadata, managedFields: [{ manager: 'kubelet', operation: 'Update' }] } };
    const response = await fetch(`${t.sim.adminUrl}/objects`, { method: 'PUT', body: JSON.stringify(withFields) });
    expect(response.status).toBe(200);
    const { resourceVersion } = (await response.json()) as { resourceVersion: string };
    await eventually(() => runtime.get('pods', pod.metadata!.name!)?.metadata?.resourceVersion === resourceVersion);
    expect(runtime.get('pods', pod.metadata!.name!)?.metadata).not.toHaveProperty('managedFields');
  });
});
