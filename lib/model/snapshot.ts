/**
 * The model's input: a plain, immutable view of what the shared cache and health poller hold for
 * kube-system (plus Nodes and node Leases), as arrays of raw objects. No I/O happens past this type.
 */
import type { WatchState } from '@/lib/api/types';
import type { KubeEvent } from './events';
import type {
  APIService,
  ComponentStatus,
  CronJob,
  DaemonSet,
  Deployment,
  Endpoints,
  Job,
  Lease,
  Node,
  Pod,
  ReplicaSet,
  Service,
  StatefulSet,
} from './k8s';

/** One line of `/readyz?verbose` or `/livez?verbose`: `[+]etcd ok` → `{ name: 'etcd', ok: true }`. */
export interface HealthCheck {
  name: string;
  ok: boolean;
  /** The failure text the API server printed, when it printed one. */
  message?: string;
}

export interface ClusterHealth {
  /** Parsed `/readyz?verbose` checks; absent until the first poll answers. */
  readyz?: HealthCheck[];
  /** Parsed `/livez?verbose` checks; absent until the first poll answers. */
  livez?: HealthCheck[];
  /** gitVersion from `/version`. */
  version?: string;
  /** Why the last `/readyz` poll failed (timeout, 403 …), when it did. */
  readyzError?: string;
}

export interface ClusterSnapshot {
  /** Pods in kube-system. */
  pods: readonly Pod[];
  /** All Nodes (cluster-scoped). */
  nodes: readonly Node[];
  daemonSets: readonly DaemonSet[];
  deployments: readonly Deployment[];
  replicaSets: readonly ReplicaSet[];
  statefulSets?: readonly StatefulSet[];
  /** batch/v1 Jobs and CronJobs in kube-system; absent when the API server does not serve them or RBAC hides them. */
  jobs?: readonly Job[];
  cronJobs?: readonly CronJob[];
  services: readonly Service[];
  endpoints?: readonly Endpoints[];
  /** kube-system Events, for the causes they carry (a failing probe's message and count). */
  events?: readonly KubeEvent[];
  /** Leases in kube-node-lease: one heartbeat per Node, named after it. */
  nodeLeases: readonly Lease[];
  /** Leases in kube-system: leader election of kube-scheduler, kube-controller-manager, … */
  leases: readonly Lease[];
  /** `componentstatuses` where served (deprecated since v1.19; absent on many clusters). */
  componentStatuses?: readonly ComponentStatus[];
  apiServices?: readonly APIService[];
  health?: ClusterHealth;
  /** Per resource kind as the cache names them (`pods`, `nodes`, `leases`, `nodeLeases` …). */
  watchStates?: Readonly<Partial<Record<string, WatchState>>>;
  /**
   * What the API server does not serve (404, absent from discovery) or forbids, keyed like `watchStates`
   * plus the health sources (`readyz`, `livez`, `apiServices`, `componentStatuses`), with the reason in
   * words (`not served by this API server (…)`, `not in the capture`). Such a kind is unknown, not empty.
   */
  unavailable?: Readonly<Partial<Record<string, string>>>;
}

/** A snapshot with nothing in it, to spread partial test or demo data over. */
export function emptySnapshot(): ClusterSnapshot {
  return { pods: [], nodes: [], daemonSets: [], deployments: [], replicaSets: [], services: [], nodeLeases: [], leases: [] };
}
