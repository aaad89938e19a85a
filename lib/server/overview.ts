/**
 * `GET /api/overview`: the cluster, its groups and components, computed from the shared cache and
 * memoized, so a hundred viewers polling every two seconds cost one model build per change.
 */
import 'server-only';
import type { ClusterInfo, OverviewResponse } from '@/lib/api/types';
import type { ClusterCache } from '@/lib/kube/cache';
import { buildGroups } from '@/lib/model/components';
import { readSnapshot } from './snapshot';

/** Lease and heartbeat ages change with the clock alone; rebuild at least this often. */
const MAX_AGE_MS = 1_000;

interface Memo {
  version: number;
  at: number;
  body: string;
}

const memos = new WeakMap<ClusterCache, Memo>();

/** Options for the pod and node lists inside each component (summaries stay small at 5,000 nodes). */
export interface OverviewOptions {
  /** Pods listed per component; the rest are counted in podCount. `Infinity` for all. */
  podLimit: number;
}

export const DEFAULT_POD_LIMIT = 50;

/** The overview as a JSON string, rebuilt only when the cache changed or the last build is a second old. */
export function overviewJson(cache: ClusterCache, opts: OverviewOptions = { podLimit: DEFAULT_POD_LIMIT }): string {
  const now = Date.now();
  const memoizable = opts.podLimit === DEFAULT_POD_LIMIT;
  const memo = memoizable ? memos.get(cache) : undefined;
  if (memo && memo.version === cache.version && now - memo.at < MAX_AGE_MS) return memo.body;
  const version = cache.version;
  const body = JSON.stringify(buildOverview(cache, now, opts));
  if (memoizable) memos.set(cache, { version, at: now, body });
  return body;
}

export function buildOverview(cache: ClusterCache, now: number, opts: OverviewOptions): OverviewResponse {
  const groups = buildGroups(readSnapshot(cache), now);
  for (const group of groups) {
    for (const component of group.components) {
      if (component.pods.length > opts.podLimit) component.pods = component.pods.slice(0, opts.podLimit);
      if (component.nodes.length > opts.podLimit) component.nodes = component.nodes.slice(0, opts.podLimit);
    }
  }
  return { cluster: clusterInfo(cache), groups, freshness: cache.freshness(), generatedAt: new Date(now).toISOString() };
}

export function clusterInfo(cache: ClusterCache): ClusterInfo {
  const { connection, health } = cache;
  return {
    name: connection.clusterName,
    version: health.state.version?.ok ? (health.state.version.value.gitVersion ?? '') : '',
    source: connection.source,
    server: connection.server,
    context: connection.contextName,
    contexts: connection.contexts,
  };
}
