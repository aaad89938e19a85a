/**
 * Reads the shared cache into the model's input (`ClusterSnapshot`): the adapter between what the
 * informers and health poller hold and the pure model's types.
 */
import 'server-only';
import type { ClusterCache } from '@/lib/kube/cache';
import type { HealthReport } from '@/lib/kube/health-checks';
import type { Polled } from '@/lib/kube/health';
import type { ClusterHealth, ClusterSnapshot, HealthCheck } from '@/lib/model/snapshot';
import { unavailableKinds, unavailableSource } from './unavailable';

const memos = new WeakMap<ClusterCache, { version: number; snapshot: ClusterSnapshot }>();

/**
 * The snapshot of the cache's current contents, built once per cache version however many services
 * read it. Objects are shared, not copied: treat as read-only.
 */
export function readSnapshot(cache: ClusterCache): ClusterSnapshot {
  const memo = memos.get(cache);
  if (memo && memo.version === cache.version) return memo.snapshot;
  const version = cache.version;
  const snapshot = buildSnapshot(cache);
  memos.set(cache, { version, snapshot });
  return snapshot;
}

function buildSnapshot(cache: ClusterCache): ClusterSnapshot {
  const objects = <T>(key: string) => cache.objects(key) as unknown as T[];
  const health = cache.health.state;
  const watchStates: Record<string, ReturnType<ClusterCache['freshness']>['state']> = {};
  for (const [key, informer] of cache.informers) watchStates[modelKey(key)] = informer.state;
  return {
    pods: objects('pods'),
    nodes: objects('nodes'),
    daemonSets: objects('daemonsets'),
    deployments: objects('deployments'),
    replicaSets: objects('replicasets'),
    statefulSets: objects('statefulsets'),
    jobs: objects('jobs'),
    cronJobs: objects('cronjobs'),
    services: objects('services'),
    endpoints: objects('endpoints'),
    events: objects('events'),
    nodeLeases: objects('node-leases'),
    leases: objects('leases'),
    componentStatuses: health.componentStatuses?.ok ? (health.componentStatuses.value as never[]) : undefined,
    apiServices: health.apiServices?.ok ? (health.apiServices.value as never[]) : undefined,
    health: toClusterHealth(health.readyz, health.livez, health.version?.ok ? health.version.value.gitVersion : undefined),
    watchStates,
    unavailable: unavailableOf(cache),
  };
}

/** The model's name of a cache key (`node-leases` → `nodeLeases`). */
function modelKey(key: string): string {
  return key === 'node-leases' ? 'nodeLeases' : key;
}

/** Kinds and health sources the API server does not serve or forbids, in words (without the kind's name). */
function unavailableOf(cache: ClusterCache): Record<string, string> {
  const out: Record<string, string> = {};
  for (const u of unavailableKinds(cache)) out[modelKey(u.kind)] = u.message;
  for (const source of ['readyz', 'livez', 'apiServices', 'componentStatuses'] as const) {
    const u = unavailableSource(cache, source);
    if (u) out[source] = u.message;
  }
  return out;
}

function toClusterHealth(
  readyz: Polled<HealthReport> | undefined,
  livez: Polled<HealthReport> | undefined,
  version: string | undefined,
): ClusterHealth {
  return {
    readyz: readyz?.ok ? readyz.value.checks.map(toCheck) : undefined,
    livez: livez?.ok ? livez.value.checks.map(toCheck) : undefined,
    version,
    // A /readyz that is not served is no failed poll: it is listed in the snapshot's `unavailable`.
    readyzError: readyz && !readyz.ok && readyz.status !== 404 ? readyz.message : undefined,
  };
}

function toCheck(check: HealthReport['checks'][number]): HealthCheck {
  return { name: check.name, ok: check.ok, ...(check.detail ? { message: check.detail } : {}) };
}
