/**
 * The nodes contract: `GET /api/nodes` (a compact, dictionary-encoded list with summary counts, filtered
 * and paged on the server) and `GET /api/nodes/<name>` (one node in detail), plus their URL builders.
 */
import type { UnavailableKind } from './types';
import type { EventRow } from './events';
import { apiPath, apiUrl } from './urls';

export type NodeReadiness = 'Ready' | 'NotReady' | 'Unknown';
export type NodeStatusFilter = 'all' | 'ready' | 'notready';

/** One row of the nodes list, decoded (see `decodeNodeRows`). Times are epoch seconds. */
export interface NodeRow {
  name: string;
  readiness: NodeReadiness;
  unschedulable: boolean;
  roles: string[];
  kubeletVersion: string;
  kubeProxyVersion: string;
  runtime: string;
  osImage: string;
  kernel: string;
  /** creationTimestamp, epoch seconds (0 when unknown). */
  createdAt: number;
  /** Conditions that are not as they should be, e.g. `MemoryPressure`, `Ready=Unknown`; empty when all fine. */
  problems: string[];
  /** The node Lease's renewTime, epoch seconds (0 when there is no Lease). */
  heartbeatAt: number;
  /** The Lease's duration: a heartbeat older than this is stale. */
  leaseSeconds: number;
  /** kube-system pods scheduled on the node. */
  kubeSystemPods: number;
}

/**
 * Rows travel as arrays of string-table indexes and numbers: at 5,000 nodes versions, OS images and
 * kernels repeat, so the payload stays near 60 bytes per node instead of ~400 as objects.
 * Order: name, readiness, unschedulable, roles, kubelet, kube-proxy, runtime, os, kernel, createdAt,
 * problems, heartbeatAt, leaseSeconds, kubeSystemPods (strings as indexes into `strings`).
 */
export type EncodedNodeRow = [
  name: string,
  readiness: 0 | 1 | 2,
  unschedulable: 0 | 1,
  roles: number,
  kubelet: number,
  kubeProxy: number,
  runtime: number,
  os: number,
  kernel: number,
  createdAt: number,
  problems: number,
  heartbeatAt: number,
  leaseSeconds: number,
  kubeSystemPods: number,
];

export const READINESS_CODES: readonly NodeReadiness[] = ['Ready', 'NotReady', 'Unknown'];

export interface NodeCountsSummary {
  total: number;
  ready: number;
  notReady: number;
  /** Ready condition Unknown or missing (counted in notReady too). */
  unknown: number;
  unschedulable: number;
  /** Role → nodes (`none` for nodes without a role label). */
  roles: Record<string, number>;
  /** Version → nodes: more than one key means version skew. */
  kubeletVersions: Record<string, number>;
  kubeProxyVersions: Record<string, number>;
  runtimes: Record<string, number>;
}

export interface NodesResponse {
  summary: NodeCountsSummary;
  /** Rows matching the filters, before paging. */
  matched: number;
  offset: number;
  limit: number;
  strings: string[];
  rows: EncodedNodeRow[];
  /** `nodes` or `node-leases` when not served or forbidden: the list (or its heartbeats) is unknown, not empty. */
  unavailable: UnavailableKind[];
  generatedAt: string;
}

export interface NodesQuery {
  q?: string;
  status?: NodeStatusFilter;
  role?: string;
  offset?: number;
  limit?: number;
}

/** Roles and problems are joined with this inside the string table. */
export const LIST_SEPARATOR = ',';

const split = (value: string | undefined): string[] => (value ? value.split(LIST_SEPARATOR) : []);

export function decodeNodeRows(response: Pick<NodesResponse, 'strings' | 'rows'>): NodeRow[] {
  const s = response.strings;
  return response.rows.map((r) => ({
    name: r[0],
    readiness: READINESS_CODES[r[1]] ?? 'Unknown',
    unschedulable: r[2] === 1,
    roles: split(s[r[3]]),
    kubeletVersion: s[r[4]] ?? '',
    kubeProxyVersion: s[r[5]] ?? '',
    runtime: s[r[6]] ?? '',
    osImage: s[r[7]] ?? '',
    kernel: s[r[8]] ?? '',
    createdAt: r[9],
    problems: split(s[r[10]]),
    heartbeatAt: r[11],
    leaseSeconds: r[12],
    kubeSystemPods: r[13],
  }));
}

export interface NodeCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  lastHeartbeatTime?: string;
  /** True when the status is the unhealthy one for this type (Ready≠True, pressure=True …). */
  isProblem: boolean;
}

export interface NodeResource {
  name: string;
  capacity?: string;
  allocatable?: string;
  /** Formatted for people: cores, GiB, counts. */
  capacityText: string;
  allocatableText: string;
}

export interface NodePodRow {
  name: string;
  componentId: string;
  componentName: string;
  status: string;
  ready: string;
  isReady: boolean;
  restarts: number;
  ip?: string;
  createdAt?: string;
}

export interface NodeDetail {
  name: string;
  readiness: NodeReadiness;
  unschedulable: boolean;
  roles: string[];
  createdAt?: string;
  versions: { kubelet: string; kubeProxy: string; kubeProxySource: 'pod' | 'nodeInfo' | 'none'; runtime: string };
  system: { osImage: string; kernel: string; architecture: string; operatingSystem: string };
  addresses: { type: string; address: string }[];
  podCIDRs: string[];
  conditions: NodeCondition[];
  resources: NodeResource[];
  taints: { key: string; value?: string; effect: string }[];
  labels: Record<string, string>;
  lease?: { holder?: string; renewTime?: string; durationSeconds: number };
  pods: NodePodRow[];
  events: EventRow[];
  generatedAt: string;
}

export const NODES_API = '/api/nodes';

/** Rows per request of the node list, and the step its window moves by (a step above the first row on screen). */
export const NODES_WINDOW_ROWS = 300;
export const NODES_WINDOW_STEP = 100;

const nodesParams = (query: NodesQuery) => ({
  q: query.q,
  status: query.status === 'all' ? undefined : query.status,
  role: query.role,
  offset: query.offset || undefined,
  limit: query.limit,
});

export function nodesUrl(query: NodesQuery = {}): string {
  return apiUrl(NODES_API, nodesParams(query));
}

/** The same before the base path and the cluster: how a page names the list's first view. */
export function nodesApiPath(query: NodesQuery = {}): string {
  return apiPath(NODES_API, nodesParams(query));
}

export const nodeDetailUrl = (name: string) => apiUrl(`${NODES_API}/${encodeURIComponent(name)}`);

/** The inverse of `decodeNodeRows`: rows to a string table and index arrays. */
export function encodeNodeRows(rows: readonly NodeRow[]): Pick<NodesResponse, 'strings' | 'rows'> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (value: string): number => {
    let i = index.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      index.set(value, i);
    }
    return i;
  };
  const encoded = rows.map(
    (row): EncodedNodeRow => [
      row.name,
      READINESS_CODES.indexOf(row.readiness) as 0 | 1 | 2,
      row.unschedulable ? 1 : 0,
      intern(row.roles.join(LIST_SEPARATOR)),
      intern(row.kubeletVersion),
      intern(row.kubeProxyVersion),
      intern(row.runtime),
      intern(row.osImage),
      intern(row.kernel),
      row.createdAt,
      intern(row.problems.join(LIST_SEPARATOR)),
      row.heartbeatAt,
      row.leaseSeconds,
      row.kubeSystemPods,
    ],
  );
  return { strings, rows: encoded };
}
