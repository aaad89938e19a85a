/**
 * Reads a cluster runtime into the model's input (`ClusterSnapshot`): the adapter between what the
 * informers and health poller hold and the pure model's types.
 */
import 'server-only';
import type { WatchState } from '@/lib/api/types';
import type { HealthReport } from '@/lib/kube/health-checks';
import type { Polled } from '@/lib/kube/health';
import type { ClusterHealth, ClusterSnapshot, HealthCheck } from '@/lib/model/snapshot';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { unavailableKinds, unavailableSource } from './unavailable';

/**
 * The snapshot of the runtime's current contents, built once per version however many services read
 * it. Objects are shared, not copied: treat as read-only.
 */
export const readSnapshot = memoByVersion((runtime: ClusterRuntime): ClusterSnapshot => {
  const health = runtime.health.state;
  const watchStates: Record<string, WatchState> = {};
  for (const [key, informer] of runtime.cache.informers) watchStates[modelKey(key)] = informer.state;
  return {
    pods: runtime.list('pods'),
    nodes: runtime.list('nodes'),
    daemonSets: runtime.list('daemonsets'),
    deployments: runtime.list('deployments'),
    replicaSets: runtime.list('replicasets'),
    statefulSets: runtime.list('statefulsets'),
    jobs: runtime.list('jobs'),
    cronJobs: runtime.list('cronjobs'),
    services: runtime.list('services'),
    endpoints: runtime.list('endpoints'),
    events: runtime.list('events'),
    nodeLeases: runtime.list('node-leases'),
    leases: runtime.list('leases'),
    componentStatuses: health.componentStatuses?.ok ? health.componentStatuses.value : undefined,
    apiServices: health.apiServices?.ok ? health.apiServices.value : undefined,
    health: toClusterHealth(health.readyz, health.livez, health.version?.ok ? health.version.value.gitVersion : undefined),
    watchStates,
    unavailable: unavailableOf(runtime),
  };
});

/** The model's name of a cache key (`node-leases` → `nodeLeases`). */
function modelKey(key: string): string {
  return key === 'node-leases' ? 'nodeLeases' : key;
}

/** Kinds and health sources the API server does not serve or forbids, in words (without the kind's name). */
function unavailableOf(runtime: ClusterRuntime): Record<string, string> {
  const out: Record<string, string> = {};
  for (const u of unavailableKinds(runtime)) out[modelKey(u.kind)] = u.message;
  for (const source of ['readyz', 'livez', 'apiServices', 'componentStatuses'] as const) {
    const u = unavailableSource(runtime, source);
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
