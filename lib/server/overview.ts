/**
 * `GET /api/overview`: the cluster, its groups and components, computed from the cluster's cache and
 * memoized, so a hundred viewers polling every two seconds cost one model build per change.
 */
import 'server-only';
import type { ClusterInfo, OverviewResponse } from '@/lib/api/types';
import { buildGroups } from '@/lib/model/components';
import { memoByVersion } from './memo';
import { HEARTBEAT_GRAIN_MS, type ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';

/**
 * Lease and heartbeat ages change with the clock alone (a Lease expires without a change to see), so rebuild
 * at least this often: the heartbeat grain, which bounds how far the answer is behind the cluster or the clock.
 */
const MAX_AGE_MS = HEARTBEAT_GRAIN_MS;

/** Options for the pod and node lists inside each component (summaries stay small at 5,000 nodes). */
export interface OverviewOptions {
  /** Pods listed per component; the rest are counted in podCount. `Infinity` for all. */
  podLimit: number;
}

export const DEFAULT_POD_LIMIT = 50;

const defaultOverviewJson = memoByVersion(
  (runtime: ClusterRuntime, now: number) => JSON.stringify(buildOverview(runtime, now, { podLimit: DEFAULT_POD_LIMIT })),
  { maxAgeMs: MAX_AGE_MS },
);

/** The overview as a JSON string; the default one is rebuilt only when the runtime changed or the last build is MAX_AGE_MS old. */
export function overviewJson(runtime: ClusterRuntime, opts: OverviewOptions = { podLimit: DEFAULT_POD_LIMIT }): string {
  if (opts.podLimit === DEFAULT_POD_LIMIT) return defaultOverviewJson(runtime);
  const now = Date.now();
  return JSON.stringify(buildOverview(runtime, now, opts));
}

export function buildOverview(runtime: ClusterRuntime, now: number, opts: OverviewOptions): OverviewResponse {
  const groups = buildGroups(readSnapshot(runtime), now);
  for (const group of groups) {
    for (const component of group.components) {
      if (component.pods.length > opts.podLimit) component.pods = component.pods.slice(0, opts.podLimit);
      if (component.nodes.length > opts.podLimit) component.nodes = component.nodes.slice(0, opts.podLimit);
    }
  }
  return { cluster: clusterInfo(runtime), groups, freshness: runtime.freshness(), generatedAt: new Date(now).toISOString() };
}

export function clusterInfo(runtime: ClusterRuntime): ClusterInfo {
  const { connection, health } = runtime;
  return {
    name: connection.clusterName,
    version: health.state.version?.ok ? (health.state.version.value.gitVersion ?? '') : '',
    source: connection.source,
    server: connection.server,
    context: connection.contextName,
    contexts: connection.contexts,
  };
}
