/**
 * The pod list's rows (every kube-system pod with its component, kubectl's columns and its newest usage)
 * and its filters, sorts and counts. Pure; linear in pods except the sort.
 */
import { NODE_NAMES_MAX, NOT_READY_FILTER, type PodListRow, type PodSortKey, type PodsQuery, type PodsSummary, type SortOrder } from '@/lib/api/pods';
import type { Bucket } from './buckets';
import { compareNames } from './evidence';
import { isLivePod } from './pod-evidence';

export interface PodUsage {
  cpuMillicores: number;
  memoryBytes: number;
}

/** Every pod of every bucket as a row; `usage` is the newest metrics sample by pod name. */
export function buildPodRows(buckets: Iterable<Bucket>, usage: ReadonlyMap<string, PodUsage>): PodListRow[] {
  const rows: PodListRow[] = [];
  for (const bucket of buckets) {
    for (const f of bucket.pods) {
      const used = usage.get(f.name);
      const created = Date.parse(f.createdAt ?? '');
      rows.push({
        name: f.name,
        componentId: bucket.id,
        componentName: bucket.name,
        status: f.display,
        isReady: f.isReady,
        isProblem: isLivePod(f) && !f.isReady,
        ready: f.ready,
        restarts: f.restarts,
        createdAt: Number.isNaN(created) ? 0 : Math.floor(created / 1000),
        node: f.node,
        cpuMillicores: used ? Math.round(used.cpuMillicores) : null,
        memoryBytes: used ? Math.round(used.memoryBytes) : null,
      });
    }
  }
  return rows;
}

/** Rows matching every filter given: status (`notready` or exact), node and component exactly, text anywhere. */
export function filterPodRows(rows: readonly PodListRow[], query: Pick<PodsQuery, 'q' | 'status' | 'node' | 'component'>): PodListRow[] {
  const q = query.q?.trim().toLowerCase();
  const { status, node, component } = query;
  if (!q && !status && !node && !component) return [...rows];
  return rows.filter((r) => {
    if (status && (status === NOT_READY_FILTER ? !r.isProblem : r.status !== status)) return false;
    if (node && r.node !== node) return false;
    if (component && r.componentId !== component) return false;
    if (!q) return true;
    return r.name.toLowerCase().includes(q) || r.status.toLowerCase().includes(q) || r.node.toLowerCase().includes(q)
      || r.componentName.toLowerCase().includes(q) || r.componentId.includes(q);
  });
}

/** Problems first, then running, then finished (Completed runs): what "status" sorts by before the text. */
function statusRank(r: PodListRow): number {
  if (r.isProblem) return 0;
  return r.isReady ? 1 : 2;
}

/** Numbers with no value (no metrics sample) sort last in either order. */
function compareNullable(a: number | null, b: number | null, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a - b) * sign;
}

/** The order a column header asks for first: the busiest, the most restarted and (AGE ascending) the youngest on top. */
export function defaultOrder(sort: PodSortKey): SortOrder {
  return sort === 'restarts' || sort === 'cpu' || sort === 'memory' ? 'desc' : 'asc';
}

/**
 * Sorted copy. `status` ascending puts pods that should be ready and are not first; `age` ascending puts
 * the youngest first, as kubectl's AGE column reads. Ties by name, in natural order.
 */
export function sortPodRows(rows: readonly PodListRow[], sort: PodSortKey, order: SortOrder): PodListRow[] {
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: PodListRow, b: PodListRow) => compareNames(a.name, b.name);
  const compare: Record<PodSortKey, (a: PodListRow, b: PodListRow) => number> = {
    name: (a, b) => byName(a, b) * sign,
    component: (a, b) => compareNames(a.componentName, b.componentName) * sign || byName(a, b),
    status: (a, b) => (statusRank(a) - statusRank(b) || a.status.localeCompare(b.status)) * sign || byName(a, b),
    restarts: (a, b) => (a.restarts - b.restarts) * sign || byName(a, b),
    // A younger pod has a later creationTimestamp and a smaller AGE.
    age: (a, b) => (b.createdAt - a.createdAt) * sign || byName(a, b),
    node: (a, b) => compareNames(a.node, b.node) * sign || byName(a, b),
    cpu: (a, b) => compareNullable(a.cpuMillicores, b.cpuMillicores, sign) || byName(a, b),
    memory: (a, b) => compareNullable(a.memoryBytes, b.memoryBytes, sign) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** Counts over all rows, for the filters' choices and the page's summary line. */
export function summarizePodRows(rows: readonly PodListRow[]): PodsSummary {
  const statuses: Record<string, number> = {};
  const components = new Map<string, { id: string; name: string; count: number }>();
  const nodes = new Set<string>();
  let problems = 0;
  for (const r of rows) {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const c = components.get(r.componentId);
    if (c) c.count++;
    else components.set(r.componentId, { id: r.componentId, name: r.componentName, count: 1 });
    if (r.node) nodes.add(r.node);
    if (r.isProblem) problems++;
  }
  return {
    total: rows.length,
    problems,
    statuses,
    components: [...components.values()].sort((a, b) => compareNames(a.name, b.name)),
    nodes: nodes.size,
    nodeNames: nodes.size <= NODE_NAMES_MAX ? [...nodes].sort(compareNames) : [],
  };
}
