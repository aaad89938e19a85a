/**
 * The pod detail and log contract (`/api/pods/<name>`, `/api/pods/<name>/logs`,
 * `/api/components/<id>/logs`): DTOs in the app's words and the URL builders for them.
 */
import type { FreshnessInfo } from './types';
import { apiUrl } from './urls';

/** One container state as `kubectl describe` prints it (State / Last State). */
export interface ContainerStateDetail {
  kind: 'running' | 'waiting' | 'terminated' | 'unknown';
  reason?: string;
  message?: string;
  exitCode?: number;
  signal?: number;
  startedAt?: string;
  finishedAt?: string;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: string;
  hostPort?: number;
}

export interface ContainerDetail {
  name: string;
  image: string;
  imageID?: string;
  /** `init` containers run before the app containers; `sidecar` ones are init containers with restartPolicy Always. */
  role: 'app' | 'init' | 'sidecar';
  state: ContainerStateDetail;
  lastState?: ContainerStateDetail;
  ready: boolean;
  started?: boolean;
  restarts: number;
  ports: ContainerPort[];
  /** Resource requests and limits as written (`100m`, `170Mi`). */
  requests: Record<string, string>;
  limits: Record<string, string>;
  command: string[];
  args: string[];
}

export interface PodCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface PodToleration {
  key?: string;
  operator: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** A volume by name and type; Secret volumes name the Secret, never its content. */
export interface PodVolume {
  name: string;
  type: string;
  /** The source's name: ConfigMap, Secret, PVC, host path, projected sources. */
  source?: string;
}

export interface PodOwner {
  kind: string;
  name: string;
}

export interface PodDetail {
  name: string;
  namespace: string;
  uid?: string;
  createdAt?: string;
  deletingAt?: string;
  /** kubectl's STATUS column (Running, CrashLoopBackOff, Completed …). */
  status: string;
  phase?: string;
  reason?: string;
  message?: string;
  /** kubectl's READY column, "1/2". */
  ready: string;
  isReady: boolean;
  restarts: number;
  lastRestartAt?: string;
  node?: string;
  podIP?: string;
  podIPs: string[];
  hostIP?: string;
  qosClass?: string;
  priorityClassName?: string;
  priority?: number;
  serviceAccount?: string;
  /** The direct controller (ownerReferences), e.g. ReplicaSet coredns-5d78c9869d. */
  owner?: PodOwner;
  /** The workload it resolves to: Deployment coredns, DaemonSet kube-proxy, static kube-apiserver. */
  workload?: PodOwner;
  component?: { id: string; name: string };
  /**
   * The container `kubectl logs` reads without `-c`: the one `kubectl.kubernetes.io/default-container`
   * names, else the first app container.
   */
  defaultContainer?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  conditions: PodCondition[];
  initContainers: ContainerDetail[];
  containers: ContainerDetail[];
  tolerations: PodToleration[];
  nodeSelector: Record<string, string>;
  volumes: PodVolume[];
}

export interface PodEvent {
  type: string;
  reason: string;
  message: string;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  source?: string;
}

export interface PodDetailResponse {
  pod: PodDetail;
  /** Events whose involvedObject is this pod, newest first. */
  events: PodEvent[];
  freshness: FreshnessInfo;
  generatedAt: string;
}

/** One log line: `id` orders and resumes (`<RFC3339Nano>#<n>`), `time` is the kubelet's timestamp. */
export interface LogLineDto {
  id: string;
  time: string;
  /** The line as `kubectl logs` prints it (with `--timestamps` when asked; with `[pod/…/…]` for components). */
  text: string;
  /** For merged component logs: `pod/container` the line came from. */
  source?: string;
}

export interface LogsResponse {
  lines: LogLineDto[];
  /** Set when the byte cap cut the log; says where and why. */
  truncated?: string;
  /** For component logs: pods left out by the cap, and streams that failed (waiting containers …). */
  notices: string[];
}

export const POD_DEFAULT_TAIL_LINES = 100;
export const POD_MAX_TAIL_LINES = 5_000;
export const LOG_MAX_BYTES = 2 * 1024 * 1024;
export const COMPONENT_MAX_PODS = 20;

export const podApiUrl = (name: string, query?: Record<string, string | number | boolean | undefined>) =>
  apiUrl(`/api/pods/${encodeURIComponent(name)}`, query);

export interface LogQuery {
  container?: string;
  tailLines?: number;
  previous?: boolean;
  sinceSeconds?: number;
  timestamps?: boolean;
  follow?: boolean;
  after?: string;
}

function logQuery(q: LogQuery): Record<string, string | number | undefined> {
  return {
    container: q.container,
    tailLines: q.tailLines,
    previous: q.previous ? 'true' : undefined,
    sinceSeconds: q.sinceSeconds,
    timestamps: q.timestamps ? 'true' : undefined,
    follow: q.follow ? 'true' : undefined,
    after: q.after,
  };
}

export const podLogsApiUrl = (name: string, q: LogQuery = {}) =>
  apiUrl(`/api/pods/${encodeURIComponent(name)}/logs`, logQuery(q));

export const componentLogsApiUrl = (id: string, q: LogQuery = {}) =>
  apiUrl(`/api/components/${encodeURIComponent(id)}/logs`, logQuery(q));

export type PodTab = 'details' | 'yaml' | 'events' | 'logs';
export const POD_TABS: readonly PodTab[] = ['details', 'yaml', 'events', 'logs'];

/** A page link to a pod's tab, e.g. `/pods/coredns-x?tab=logs&container=coredns&previous=1`. */
export function podTabHref(name: string, tab: PodTab, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  if (tab !== 'details') params.set('tab', tab);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const search = params.toString();
  return `/pods/${encodeURIComponent(name)}${search ? `?${search}` : ''}`;
}
