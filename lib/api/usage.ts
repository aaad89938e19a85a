/**
 * The usage (CPU and memory history) contract: DTOs for `/api/usage/*`, the time ranges and the URL
 * builders. Points are `[epoch seconds, value]`; CPU in millicores, memory in bytes.
 */
import { apiPath } from './urls';

export type Point = [t: number, v: number];

export const USAGE_RANGES = ['15m', '1h', '6h', '24h', '7d'] as const;
export type UsageRange = (typeof USAGE_RANGES)[number];
export const DEFAULT_USAGE_RANGE: UsageRange = '1h';
export const RANGE_SECONDS: Record<UsageRange, number> = { '15m': 900, '1h': 3_600, '6h': 21_600, '24h': 86_400, '7d': 604_800 };

export function isUsageRange(value: unknown): value is UsageRange {
  return typeof value === 'string' && (USAGE_RANGES as readonly string[]).includes(value);
}

/** The range a URL's `?range=` value names (the first, if repeated), or the default: what the charts show. */
export function usageRangeOf(value: string | string[] | null | undefined): UsageRange {
  const first = Array.isArray(value) ? value[0] : value;
  return isUsageRange(first) ? first : DEFAULT_USAGE_RANGE;
}

/**
 * Why usage is (or is not) there: `ok`; `starting` (no sample yet); `absent` (metrics.k8s.io not
 * served: no metrics-server); `unavailable` (the APIService's backend is down, 503); `forbidden`
 * (403); `stale` (newest metrics older than two intervals); `error` (anything else).
 */
export type MetricsState = 'ok' | 'starting' | 'absent' | 'unavailable' | 'forbidden' | 'stale' | 'error';

export interface MetricsStatus {
  state: MetricsState;
  /** One line for people, e.g. "metrics-server is not installed". */
  message: string;
  /** The evidence: the APIService's Available condition, the API server's message. */
  detail?: string;
  /** metrics-server pods seen in kube-system, when any. */
  metricsServer?: { ready: number; total: number };
  lastSampleAt?: string;
  intervalSeconds: number;
  retentionSeconds: number;
}

/** Where a history came from; `notice` says what is missing (Prometheus down, range beyond memory). */
export interface UsageSource {
  kind: 'memory' | 'prometheus';
  notice?: string;
}

export interface UsageSeries {
  cpu: Point[];
  memory: Point[];
}

export interface PodUsageSeries extends UsageSeries {
  name: string;
  /** False when the pod is gone from the cluster (its history stays until it ages out). */
  isLive: boolean;
}

/** Sums over the component's current pods; null when no container sets one. */
export interface ResourceReference {
  cpuRequests: number | null;
  cpuLimits: number | null;
  memoryRequests: number | null;
  memoryLimits: number | null;
}

export interface ComponentUsageResponse {
  component: { id: string; name: string };
  range: UsageRange;
  stepSeconds: number;
  source: UsageSource;
  metrics: MetricsStatus;
  total: UsageSeries;
  /** The busiest pods (by mean CPU) first; `podsOmitted` counts the rest, still in the total. */
  pods: PodUsageSeries[];
  podsOmitted: number;
  reference: ResourceReference;
  generatedAt: string;
}

export interface NodeUsageResponse {
  node: { name: string };
  range: UsageRange;
  stepSeconds: number;
  source: UsageSource;
  metrics: MetricsStatus;
  usage: UsageSeries;
  /** kube-system pods on the node, summed. */
  kubeSystem: UsageSeries;
  /** status.allocatable: millicores and bytes; null when the node is not cached. */
  allocatable: { cpu: number | null; memory: number | null };
  capacity: { cpu: number | null; memory: number | null };
  generatedAt: string;
}

export interface GroupUsage extends UsageSeries {
  id: string;
}

export interface GroupsUsageResponse {
  range: UsageRange;
  stepSeconds: number;
  source: UsageSource;
  metrics: MetricsStatus;
  groups: GroupUsage[];
  generatedAt: string;
}

export type TopSort = 'cpu' | 'memory';

export interface TopPodRow {
  name: string;
  componentId?: string;
  node?: string;
  cpu: number;
  memory: number;
}

export interface TopNodeRow {
  name: string;
  cpu: number;
  memory: number;
  /** Percent of allocatable, as `kubectl top nodes` prints it; null when allocatable is unknown. */
  cpuPercent: number | null;
  memoryPercent: number | null;
}

export interface TopResponse<Row> {
  sort: TopSort;
  metrics: MetricsStatus;
  /** When the rows were measured (epoch seconds), 0 without data. */
  sampledAt: number;
  total: number;
  rows: Row[];
}
export type TopPodsResponse = TopResponse<TopPodRow>;
export type TopNodesResponse = TopResponse<TopNodeRow>;

/** The usage routes as API paths with their query (`apiUrl` makes them URLs in the cluster in view). */
export const USAGE_API = {
  component: (id: string, range: UsageRange) => apiPath(`/api/usage/components/${encodeURIComponent(id)}`, { range }),
  node: (name: string, range: UsageRange) => apiPath(`/api/usage/nodes/${encodeURIComponent(name)}`, { range }),
  groups: (range: UsageRange) => apiPath('/api/usage/groups', { range }),
  topPods: (sort: TopSort, limit?: number) => apiPath('/api/usage/top/pods', { sort, limit }),
  topNodes: (sort: TopSort, limit?: number) => apiPath('/api/usage/top/nodes', { sort, limit }),
};
