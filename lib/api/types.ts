/**
 * The JSON contract between the server (app/api/**) and the browser, and for scripts (`curl | jq`).
 * DTOs use the app's words; raw Kubernetes objects never cross this boundary whole.
 */
import type { ErrorParams } from './errors';
import type { Message } from './message';

/** The kube-system guide's four groups; every component lands in exactly one. */
export type GroupId = 'control-plane' | 'node' | 'add-on' | 'monitoring';
export const GROUP_IDS: readonly GroupId[] = ['control-plane', 'node', 'add-on', 'monitoring'];

/**
 * How kubesys placed a component in its group. `table`: a well-known component, matched by label, owner,
 * image or name; `shape`: no table knows it, placed by what its workload looks like (a DaemonSet on every
 * node, a metrics agent's image …); `unrecognised`: nothing to go by, shown in add-ons.
 */
export type RecognitionKind = 'table' | 'shape' | 'unrecognised';

export interface Recognition {
  by: RecognitionKind;
  /** What matched, in words: `label k8s-app=kube-dns`, `DaemonSet on every node`, `host network` … */
  evidence: string[];
  /** The same evidence as messages when kubesys placed it by shape (lib/api/message.ts); the UI renders these. */
  evidenceMessages?: Message[];
}

export type Status = 'healthy' | 'degraded' | 'down' | 'unknown';

export type ClusterSourceKind = 'kubeconfig' | 'in-cluster' | 'demo' | 'dump';

export interface ClusterInfo {
  name: string;
  /** gitVersion from /version, e.g. `v1.31.2+k3s1`; empty while unknown. */
  version: string;
  source: ClusterSourceKind;
  /** API server URL as the kubeconfig names it. */
  server?: string;
  /** The kubeconfig context in use, and every context the kubeconfig offers (choose with KUBE_CONTEXT). */
  context?: string;
  contexts?: string[];
}

export interface PodSummary {
  name: string;
  node: string;
  /** "1/2" style: ready containers / containers. */
  ready: string;
  isReady: boolean;
  /** What `kubectl get pods` prints in STATUS: Running, CrashLoopBackOff, Completed, Pending … */
  phase: string;
  restarts: number;
}

export interface NodeSummary {
  name: string;
  ready: boolean;
  kubeletVersion: string;
}

export interface ComponentSummary {
  id: string;
  name: string;
  group: GroupId;
  status: Status;
  /** Why, in English (stable for scripts). */
  reasons: string[];
  /** The same reasons as messages, for the UI to render in the reader's language (lib/api/message.ts). */
  reasonMessages: Message[];
  href: string;
  /** Workload kind that owns the pods when there is one (DaemonSet, Deployment, StatefulSet, static). */
  workload?: string;
  recognition: Recognition;
  podCount: number;
  readyCount: number;
  restarts: number;
  pods: PodSummary[];
  /** The Nodes a node agent (the kubelet) runs as, not ready first; the overview lists at most 50 of them. */
  nodes: NodeSummary[];
  /** All of its Nodes, and the Ready ones, however many `nodes` lists (0 for a component of pods). */
  nodeCount: number;
  readyNodeCount: number;
}

export interface GroupSummary {
  id: GroupId;
  name: string;
  status: Status;
  components: ComponentSummary[];
}

/**
 * State of one shared LIST+WATCH, so the UI can say when data is stale. `forbidden` (403) and `unserved`
 * (404, or absent from API discovery) are settled: the kind is unknown, and nothing waits for it.
 */
export type WatchState = 'syncing' | 'live' | 'reconnecting' | 'forbidden' | 'unserved' | 'error';

/** A kind the cache settled as unavailable: shown as unknown, never as an empty list. */
export interface UnavailableKind {
  /** The cache's name for it: `endpoints`, `leases`, `node-leases`. */
  kind: string;
  reason: 'not-served' | 'forbidden';
  /** In words: `not served by this API server (…)`, `not in the capture`, or the missing permission. */
  message: string;
}

export interface FreshnessInfo {
  /** Worst state over all watches, leaving out settled kinds (forbidden, unserved): they are listed in `unavailable`. */
  state: WatchState;
  /** ISO time of the last event or relist seen from the API server. */
  lastSyncAt?: string;
  /** Per resource, e.g. { pods: 'live', events: 'forbidden', leases: 'unserved' }. */
  watches: Record<string, { state: WatchState; message?: string; count: number }>;
  /** Kinds that are not served or forbidden, and why; empty when every kind is readable. */
  unavailable: UnavailableKind[];
  /** Set when the cluster is a replayed capture (KUBESYS_CAPTURED_AT): when it was captured. The data does not move. */
  capturedAt?: string;
}

export interface OverviewResponse {
  cluster: ClusterInfo;
  groups: GroupSummary[];
  freshness: FreshnessInfo;
  generatedAt: string;
}

export interface ApiErrorBody {
  /**
   * `message` is English and stable for scripts; the UI says a sentence chosen by `code` (lib/api/errors.ts)
   * with `params` (e.g. the unknown context's name) in the reader's language.
   */
  error: { code: string; message: string; status: number; params?: ErrorParams };
}
