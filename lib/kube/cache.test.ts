/**
 * The shared cache against the demo cluster over real HTTPS: it syncs, follows changes, resumes after
 * dropped watches, relists after 410 Gone, stays equal to a fresh list, and costs the API server the
 * same however many readers it has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '@/sim/index';
import { resetConfigForTests } from '@/lib/config';
import { ClusterCache, getClusterCache, resetClusterCacheForTests } from './cache';
import { kubeGetJson } from './http';
import { collectionPath, CACHED_RESOURCES } from './resources';
import type { KubeObject } from './informer';

let sim: RunningSim;
let cache: ClusterCache;

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met in time');
}

/** name → resourceVersion of every object, for comparing the cache with a fresh list. */
function versions(items: KubeObject[]): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item.metadata?.name ?? '', item.metadata?.resourceVersion ?? '']));
}

async function freshList(key: string): Promise<Record<string, string>> {
  const def = CACHED_RESOURCES.find((d) => d.key === key)!;
  const list = await kubeGetJson<{ items: KubeObject[] }>(cache.connection, collectionPath(def));
  return versions(list.items);
}

async function cacheEqualsFreshList(): Promise<boolean> {
  for (const def of CACHED_RESOURCES) {
    const cached = versions(cache.objects(def.key));
    if (JSON.stringify(cached, Object.keys(cached).sort()) !== JSON.stringify(await freshList(def.key), Object.keys(cached).sort())) return false;
    if (Object.keys(await freshList(def.key)).length !== Object.keys(cached).length) return false;
  }
  return true;
}

async function admin(path: string, method = 'POST'): Promise<unknown> {
  const response = await fetch(`${sim.adminUrl}${path}`, { method });
  return response.json();
}

beforeAll(async () => {
  // A short watch history, so a resumed watch after a pause meets 410 Gone as on a busy real cluster.
  sim = await startSim({ port: 0, nodes: 4, seed: 3, kubeconfig: '.sim/cache-test.kubeconfig', quiet: true, tickMs: 200, historyMaxEvents: 20 });
  process.env.KUBECONFIG = sim.kubeconfigPath;
  process.env.WATCH_TIMEOUT_SECONDS = '30';
  resetConfigForTests();
  resetClusterCacheForTests();
  const result = getClusterCache();
  if (!result.ok) throw new Error(result.problem.detail);
  cache = result.cache;
});

afterAll(async () => {
  resetClusterCacheForTests();
  await sim?.close();
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
      await admin('/watches/drop');
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
    await admin('/watches/drop');
    await eventually(() => leases.lists > listsBefore);
    await eventually(cacheEqualsFreshList, 30_000);
    await eventually(() => cache.freshness().state === 'live');
  });

  it('costs the API server the same for one reader or a thousand', async () => {
    await admin('/stats/reset');
    for (let i = 0; i < 1000; i++) {
      cache.objects('pods');
      cache.freshness();
    }
    const stats = (await admin('/stats', 'GET')) as { requests: { byKey: Record<string, number> } };
    expect(stats.requests.byKey['LIST pods'] ?? 0).toBe(0);
    expect(stats.requests.byKey['GET pods'] ?? 0).toBe(0);
  });
});

describe('what the cache keeps', () => {
  it('drops managedFields, which real API servers send with every object', async () => {
    const pod = cache.objects('pods')[0];
    const withFields = { ...pod, metadata: { ...pod.metadata, managedFields: [{ manager: 'kubelet', operation: 'Update' }] } };
    const response = await fetch(`${sim.adminUrl}/objects`, { method: 'PUT', body: JSON.stringify(withFields) });
    expect(response.status).toBe(200);
    const { resourceVersion } = (await response.json()) as { resourceVersion: string };
    await eventually(() => cache.object('pods', pod.metadata!.name!)?.metadata?.resourceVersion === resourceVersion);
    expect(cache.object('pods', pod.metadata!.name!)?.metadata).not.toHaveProperty('managedFields');
  });
});
