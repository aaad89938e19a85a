/**
 * The pod list contract (`GET /api/pods`): every kube-system pod as a compact row, filtered, sorted and
 * paged on the server with summary counts, so 10,000 pods cost the browser one window of rows at a time.
 */
import type { MetricsState } from './usage';
import type { UnavailableKind } from './types';
import { apiUrl } from './urls';

export const POD_SORT_KEYS = ['name', 'component', 'status', 'restarts', 'age', 'node', 'cpu', 'memory'] as const;
export type PodSortKey = (typeof POD_SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

/** The status filter's value for "every pod that should be ready and is not" (besides exact kubectl statuses). */
export const NOT_READY_FILTER = 'notready';

/** The most rows one request may ask for; the page asks for a window around what is on screen. */
export const MAX_POD_ROWS = 5_000;
export const DEFAULT_POD_ROWS = 300;

export interface PodsQuery {
  /** Text: part of the pod's name, status, node or component. */
  q?: string;
  /** `notready`, or a kubectl STATUS exactly (`CrashLoopBackOff`, `Running`, `Completed` …). */
  status?: string;
  /** A node name exactly. */
  node?: string;
  /** A component id exactly (`coredns`). */
  component?: string;
  sort?: PodSortKey;
  order?: SortOrder;
  offset?: number;
  limit?: number;
}

/** One pod, decoded (see `decodePodRows`). */
export interface PodListRow {
  name: string;
  componentId: string;
  componentName: string;
  /** kubectl's STATUS column. */
  status: string;
  /** The Ready condition is True. */
  isReady: boolean;
  /** A pod that should be ready (not a finished Job run, not terminating) and is not. */
  isProblem: boolean;
  /** kubectl's READY column: `1/2`. */
  ready: string;
  restarts: number;
  /** creationTimestamp, epoch seconds (0 when unknown). */
  createdAt: number;
  /** '' while not scheduled. */
  node: string;
  /** Newest sample from metrics.k8s.io; null when there is none. */
  cpuMillicores: number | null;
  memoryBytes: number | null;
}

/**
 * Rows travel as arrays of string-table indexes and numbers: components, statuses, READY values and
 * node names repeat, so 10,000 pods stay near 60 bytes each. Order: name, component (index of
 * `componentId`), status, flags (1 ready, 2 problem), ready, restarts, createdAt, node, cpu, memory
 * (-1 when there is no sample).
 */
export type EncodedPodRow = [
  name: string,
  component: number,
  status: number,
  flags: number,
  ready: number,
  restarts: number,
  createdAt: number,
  node: number,
  cpu: number,
  memory: number,
];

export interface PodComponentCount {
  id: string;
  name: string;
  count: number;
}

export interface PodsSummary {
  total: number;
  /** Pods that should be ready and are not. */
  problems: number;
  /** kubectl STATUS → pods, over all pods. */
  statuses: Record<string, number>;
  /** Every component with pods, by name. */
  components: PodComponentCount[];
  /** Nodes that run at least one kube-system pod. */
  nodes: number;
  /** Their names in natural order, for the node filter's suggestions; only up to NODE_NAMES_MAX of them. */
  nodeNames: string[];
}

/** Node names listed in the summary: beyond this, the node filter takes a typed name without suggestions. */
export const NODE_NAMES_MAX = 500;

export interface PodsResponse {
  summary: PodsSummary;
  /** Rows matching the filters, before paging. */
  matched: number;
  offset: number;
  limit: number;
  sort: PodSortKey;
  order: SortOrder;
  /** Whether CPU and memory come from a current metrics.k8s.io sample, and why not when they do not. */
  metrics: { state: MetricsState; message: string };
  strings: string[];
  /** `componentId` → display name, for the components the rows name. */
  componentNames: Record<string, string>;
  rows: EncodedPodRow[];
  /** `pods` when it is not served or forbidden: the list is unknown, not empty. */
  unavailable: UnavailableKind[];
  generatedAt: string;
}

export const PODS_API = '/api/pods';

export function podsApiUrl(query: PodsQuery): string {
  return apiUrl(PODS_API, { ...query });
}

/** Encodes rows with a shared string table (the server side of `decodePodRows`). */
export function encodePodRows(rows: readonly PodListRow[]): { strings: string[]; rows: EncodedPodRow[]; componentNames: Record<string, string> } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      i = strings.push(value) - 1;
      index.set(value, i);
    }
    return i;
  };
  const componentNames: Record<string, string> = {};
  const encoded = rows.map((r): EncodedPodRow => {
    componentNames[r.componentId] = r.componentName;
    return [
      r.name,
      ref(r.componentId),
      ref(r.status),
      (r.isReady ? 1 : 0) | (r.isProblem ? 2 : 0),
      ref(r.ready),
      r.restarts,
      r.createdAt,
      ref(r.node),
      r.cpuMillicores ?? -1,
      r.memoryBytes ?? -1,
    ];
  });
  return { strings, rows: encoded, componentNames };
}

export function decodePodRows(response: Pick<PodsResponse, 'strings' | 'rows' | 'componentNames'>): PodListRow[] {
  const s = response.strings;
  return response.rows.map((r) => {
    const componentId = s[r[1]] ?? '';
    return {
      name: r[0],
      componentId,
      componentName: response.componentNames[componentId] ?? componentId,
      status: s[r[2]] ?? '',
      isReady: (r[3] & 1) === 1,
      isProblem: (r[3] & 2) === 2,
      ready: s[r[4]] ?? '',
      restarts: r[5],
      createdAt: r[6],
      node: s[r[7]] ?? '',
      cpuMillicores: r[8] < 0 ? null : r[8],
      memoryBytes: r[9] < 0 ? null : r[9],
    };
  });
}
