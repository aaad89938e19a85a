/**
 * `GET /api/pods`: every kube-system pod as a compact row from the shared cache and the metrics sampler's
 * newest sample. Rows are rebuilt when the cache or the sample changed (at most every few seconds: at
 * 5,000 nodes Lease renewals change the cache many times a second); filtered and sorted lists are kept
 * per query until then, so many viewers scrolling cost one sort.
 */
import 'server-only';
import { DEFAULT_POD_ROWS, encodePodRows, type PodListRow, type PodsQuery, type PodsResponse } from '@/lib/api/pods';
import { bucketsOf } from '@/lib/model/findings/context';
import { buildPodRows, defaultOrder, filterPodRows, sortPodRows, summarizePodRows, type PodUsage } from '@/lib/model/pod-list';
import type { PodsSummary } from '@/lib/api/pods';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';
import { unavailableKinds } from './unavailable';

/** Rows are rebuilt at most this often while the cache keeps changing. */
const MIN_REBUILD_MS = 2_000;
/** Sorted lists kept per distinct query until the rows change. */
const MAX_KEPT_QUERIES = 32;
/** Metrics states whose newest sample is still worth a column (stale: old timestamps, but read). */
const USABLE_METRICS = new Set(['ok', 'stale']);

interface Memo {
  rows: PodListRow[];
  summary: PodsSummary;
  sorted: Map<string, PodListRow[]>;
}

function newestUsage(runtime: ClusterRuntime): Map<string, PodUsage> {
  const usage = new Map<string, PodUsage>();
  if (!USABLE_METRICS.has(runtime.metrics.status().state)) return usage;
  for (const [name, series] of runtime.metrics.history.current('pod')) {
    const last = series.ring.latest();
    if (last) usage.set(name, { cpuMillicores: last.cpu, memoryBytes: last.memory });
  }
  return usage;
}

const currentRows = memoByVersion(
  (runtime: ClusterRuntime): Memo => {
    const rows = buildPodRows(bucketsOf(readSnapshot(runtime)).values(), newestUsage(runtime));
    return { rows, summary: summarizePodRows(rows), sorted: new Map() };
  },
  { stamp: (runtime) => `${runtime.version}:${runtime.metrics.tick}`, minAgeMs: MIN_REBUILD_MS },
);

function matchingRows(memo: Memo, query: PodsQuery, sort: NonNullable<PodsQuery['sort']>, order: NonNullable<PodsQuery['order']>): PodListRow[] {
  const key = JSON.stringify([query.q?.trim().toLowerCase() ?? '', query.status ?? '', query.node ?? '', query.component ?? '', sort, order]);
  let sorted = memo.sorted.get(key);
  if (!sorted) {
    sorted = sortPodRows(filterPodRows(memo.rows, query), sort, order);
    if (memo.sorted.size >= MAX_KEPT_QUERIES) memo.sorted.delete(memo.sorted.keys().next().value!);
    memo.sorted.set(key, sorted);
  }
  return sorted;
}

/** The pod list: summary over all pods, rows filtered and sorted, then the window `offset`..`offset+limit`. */
export function listPods(runtime: ClusterRuntime, query: PodsQuery): PodsResponse {
  const memo = currentRows(runtime);
  const sort = query.sort ?? 'status';
  const order = query.order ?? defaultOrder(sort);
  const matched = matchingRows(memo, query, sort, order);
  const offset = Math.min(query.offset ?? 0, matched.length);
  const limit = query.limit ?? DEFAULT_POD_ROWS;
  const metrics = runtime.metrics.status();
  return {
    summary: memo.summary,
    matched: matched.length,
    offset,
    limit,
    sort,
    order,
    metrics: { state: metrics.state, message: metrics.message },
    ...encodePodRows(matched.slice(offset, offset + limit)),
    unavailable: unavailableKinds(runtime, ['pods']),
    generatedAt: new Date().toISOString(),
  };
}
