/**
 * Nodes as the node pages show them: readiness, roles, versions (kube-proxy from its pod's image),
 * conditions in short, heartbeat from the node Lease, kube-system pods per node; summary counts and
 * the list filters. Pure.
 */
import type { NodeCondition, NodeCountsSummary, NodeReadiness, NodeResource, NodeRow, NodeStatusFilter } from '@/lib/api/nodes';
import type { Condition, Lease, Node, Pod } from './k8s';
import { DEFAULT_NODE_LEASE_SECONDS } from './kubelet';
import { NO_ROLE, nodeRoles } from './node-roles';
import { formatResource } from './quantity';
import { compareNames } from './evidence';

/** The node as the node pages read it (every field is in lib/model/k8s.ts's `Node`). */
export type NodeObject = Node;

/**
 * Ready, NotReady or Unknown from the `Ready` condition. Kubernetes fact: the node controller sets Ready
 * to `Unknown` when the kubelet stops posting status (kubectl prints that as NotReady too).
 */
export function nodeReadiness(node: Node): NodeReadiness {
  const ready = node.status?.conditions?.find((c) => c?.type === 'Ready');
  if (ready?.status === 'True') return 'Ready';
  if (ready?.status === 'False') return 'NotReady';
  return 'Unknown';
}

/** True when a condition's status is the unhealthy one: Ready is healthy when True, every other type when False. */
export function isConditionProblem(condition: Condition): boolean {
  if (condition.type === 'Ready') return condition.status !== 'True';
  return condition.status === 'True' || condition.status === 'Unknown';
}

/** Conditions in short: `MemoryPressure`, `Ready=Unknown` … (pressures Unknown alongside Ready=Unknown are implied and dropped). */
export function conditionProblems(conditions: readonly Condition[] | null | undefined): string[] {
  const list = conditions ?? [];
  const readyUnknown = list.some((c) => c.type === 'Ready' && c.status !== 'True' && c.status !== 'False');
  const out: string[] = [];
  for (const c of list) {
    if (!c.type || !isConditionProblem(c)) continue;
    if (c.type === 'Ready') out.push(c.status === 'False' ? 'NotReady' : 'Ready=Unknown');
    else if (c.status === 'True') out.push(c.type);
    else if (!readyUnknown) out.push(`${c.type}=Unknown`);
  }
  return out;
}

const KUBE_PROXY_IMAGE = /(^|\/)kube-proxy(-(amd64|arm64|arm|ppc64le|s390x))?$/;

/**
 * The kube-proxy version a pod runs, from its image tag (`registry.k8s.io/kube-proxy:v1.31.4` → `v1.31.4`),
 * or undefined when the pod runs no kube-proxy image. Kubernetes fact: `nodeInfo.kubeProxyVersion` is
 * deprecated (1.29+) and no longer reported reliably, so the running image is the better witness.
 */
export function kubeProxyImageVersion(pod: Pod): string | undefined {
  for (const container of pod.spec?.containers ?? []) {
    const image = (container?.image ?? '').split('@')[0] ?? '';
    const colon = image.lastIndexOf(':');
    const repo = colon > image.lastIndexOf('/') ? image.slice(0, colon) : image;
    if (!KUBE_PROXY_IMAGE.test(repo)) continue;
    return colon > image.lastIndexOf('/') ? image.slice(colon + 1) : 'latest';
  }
  return undefined;
}

export interface NodeIndex {
  leases: Map<string, Lease>;
  podCounts: Map<string, number>;
  kubeProxy: Map<string, string>;
}

/** Indexes node Leases, kube-system pod counts and kube-proxy versions by node name, in one pass each. */
export function indexNodeFacts(pods: readonly Pod[], nodeLeases: readonly Lease[]): NodeIndex {
  const leases = new Map<string, Lease>();
  for (const lease of nodeLeases) if (lease?.metadata?.name) leases.set(lease.metadata.name, lease);
  const podCounts = new Map<string, number>();
  const kubeProxy = new Map<string, string>();
  for (const pod of pods) {
    const node = pod.spec?.nodeName;
    if (!node) continue;
    podCounts.set(node, (podCounts.get(node) ?? 0) + 1);
    const version = kubeProxyImageVersion(pod);
    if (version) kubeProxy.set(node, version);
  }
  return { leases, podCounts, kubeProxy };
}

const epochSeconds = (time: string | null | undefined): number => {
  const ms = time ? Date.parse(time) : NaN;
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
};

/** One list row for a node, from the node and the facts indexed around it. */
export function toNodeRow(node: NodeObject, index: NodeIndex): NodeRow {
  const name = node.metadata?.name ?? '';
  const info = node.status?.nodeInfo ?? {};
  const lease = index.leases.get(name);
  return {
    name,
    readiness: nodeReadiness(node),
    unschedulable: node.spec?.unschedulable === true,
    roles: nodeRoles(node.metadata?.labels),
    kubeletVersion: info.kubeletVersion ?? '',
    kubeProxyVersion: index.kubeProxy.get(name) ?? info.kubeProxyVersion ?? '',
    runtime: info.containerRuntimeVersion ?? '',
    osImage: info.osImage ?? '',
    kernel: info.kernelVersion ?? '',
    createdAt: epochSeconds(node.metadata?.creationTimestamp),
    problems: conditionProblems(node.status?.conditions),
    heartbeatAt: epochSeconds(lease?.spec?.renewTime),
    leaseSeconds: lease?.spec?.leaseDurationSeconds ?? DEFAULT_NODE_LEASE_SECONDS,
    kubeSystemPods: index.podCounts.get(name) ?? 0,
  };
}

const bump = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

/** Counts over all rows: readiness, roles, and the versions present (more than one = skew). */
export function summarizeNodes(rows: readonly NodeRow[]): NodeCountsSummary {
  const summary: NodeCountsSummary = {
    total: rows.length, ready: 0, notReady: 0, unknown: 0, unschedulable: 0,
    roles: {}, kubeletVersions: {}, kubeProxyVersions: {}, runtimes: {},
  };
  for (const row of rows) {
    if (row.readiness === 'Ready') summary.ready += 1;
    else summary.notReady += 1;
    if (row.readiness === 'Unknown') summary.unknown += 1;
    if (row.unschedulable) summary.unschedulable += 1;
    if (row.roles.length === 0) bump(summary.roles, NO_ROLE);
    for (const role of row.roles) bump(summary.roles, role);
    if (row.kubeletVersion) bump(summary.kubeletVersions, row.kubeletVersion);
    if (row.kubeProxyVersion) bump(summary.kubeProxyVersions, row.kubeProxyVersion);
    if (row.runtime) bump(summary.runtimes, row.runtime);
  }
  return summary;
}

export interface NodeFilter {
  q?: string;
  status?: NodeStatusFilter;
  role?: string;
}

/** Rows matching a case-insensitive text (name, version, OS, kernel, runtime, role), a status and a role (`none` = no role). */
export function filterNodeRows(rows: readonly NodeRow[], filter: NodeFilter): NodeRow[] {
  const q = filter.q?.trim().toLowerCase() ?? '';
  return rows.filter((row) => {
    if (filter.status === 'ready' && row.readiness !== 'Ready') return false;
    if (filter.status === 'notready' && row.readiness === 'Ready') return false;
    if (filter.role) {
      if (filter.role === NO_ROLE ? row.roles.length > 0 : !row.roles.includes(filter.role)) return false;
    }
    if (!q) return true;
    return [row.name, row.kubeletVersion, row.kubeProxyVersion, row.osImage, row.kernel, row.runtime, ...row.roles].some((field) =>
      field.toLowerCase().includes(q),
    );
  });
}

/** Not-ready nodes first, then by name with numbers in order (`worker-2` before `worker-10`). */
export function compareNodeRows(a: NodeRow, b: NodeRow): number {
  const rank = (r: NodeRow) => (r.readiness === 'Ready' ? 1 : 0);
  return rank(a) - rank(b) || compareNames(a.name, b.name);
}

/** The five node conditions of the kubelet, in their documented order, then any others (NetworkUnavailable is set by CNIs). */
const CONDITION_ORDER = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'];

export function toNodeConditions(node: Node): NodeCondition[] {
  const list = [...(node.status?.conditions ?? [])].filter((c) => c?.type);
  const order = (type = '') => {
    const i = CONDITION_ORDER.indexOf(type);
    return i < 0 ? CONDITION_ORDER.length : i;
  };
  list.sort((a, b) => order(a.type) - order(b.type) || (a.type ?? '').localeCompare(b.type ?? ''));
  return list.map((c) => ({
    type: c.type ?? '',
    status: c.status ?? 'Unknown',
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.message ? { message: c.message } : {}),
    ...(c.lastTransitionTime ? { lastTransitionTime: c.lastTransitionTime } : {}),
    ...(c.lastHeartbeatTime ? { lastHeartbeatTime: c.lastHeartbeatTime } : {}),
    isProblem: isConditionProblem(c),
  }));
}

const RESOURCE_ORDER = ['cpu', 'memory', 'pods', 'ephemeral-storage'];

/** Capacity and allocatable side by side: cpu, memory, pods, ephemeral-storage first, extended resources after. */
export function toNodeResources(node: NodeObject): NodeResource[] {
  const capacity = node.status?.capacity ?? {};
  const allocatable = node.status?.allocatable ?? {};
  const names = [...new Set([...Object.keys(capacity), ...Object.keys(allocatable)])];
  const order = (name: string) => {
    const i = RESOURCE_ORDER.indexOf(name);
    return i < 0 ? RESOURCE_ORDER.length : i;
  };
  names.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return names.map((name) => ({
    name,
    capacity: capacity[name],
    allocatable: allocatable[name],
    capacityText: formatResource(name, capacity[name]),
    allocatableText: formatResource(name, allocatable[name]),
  }));
}
