/**
 * The contract between the demo cluster's API server (sim/server) and the cluster it serves
 * (a simulated world in sim/world, or a replayed dump in sim/dump). Plain data; no I/O.
 */

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  creationTimestamp?: string;
  generateName?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  [key: string]: unknown;
}

/** Any Kubernetes object, as JSON. `apiVersion` + `kind` say which served resource it belongs to. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

/** Body of `GET /version`. */
export interface VersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

/** One line of a container's log. `time` is epoch milliseconds (what `timestamps=true` prints, RFC3339Nano). */
export interface LogLine {
  time: number;
  text: string;
}

/** A readyz/livez check as the API server reports it: `[+]etcd ok` or `[-]etcd failed: reason withheld`. */
export interface HealthCheck {
  name: string;
  ok: boolean;
}

/** Write access to the served objects, for a source that changes over time. Every call bumps resourceVersion and notifies watchers. */
export interface Mutator {
  get(apiVersion: string, kind: string, namespace: string | undefined, name: string): KObject | undefined;
  list(apiVersion: string, kind: string, namespace?: string): KObject[];
  /** Create or replace (matched by apiVersion, kind, namespace, name). The server assigns uid/resourceVersion when missing. */
  upsert(obj: KObject): void;
  remove(apiVersion: string, kind: string, namespace: string | undefined, name: string): void;
}

/** Metrics as metrics.k8s.io/v1beta1 serves them: NodeMetrics and PodMetrics objects. */
export interface MetricsSnapshot {
  nodes: KObject[];
  pods: KObject[];
}

/** What the demo API server serves. Built by `createWorld` (simulation) or `loadDump` (replay). */
export interface ClusterSource {
  /** `demo` for the simulation, `dump` for a replayed capture. */
  kind: 'demo' | 'dump';
  /** A human name for the kubeconfig cluster/context (e.g. `kubesys-demo`, `dump-k3s`). */
  name: string;
  version: VersionInfo;
  /** Initial objects of every served kind, cluster-scoped and namespaced. */
  objects: KObject[];
  /** Advances the simulation to `now` (epoch ms). Called by the server about once a second. */
  tick?(now: number, mutate: Mutator): void;
  /**
   * Log lines of a container, oldest first, or undefined when the pod/container (or its previous
   * instance) has no log. Called on every log request; follow=true polls it for lines newer than the last sent.
   */
  logs?(namespace: string, pod: string, container: string, previous: boolean, now: number): LogLine[] | undefined;
  /**
   * Current metrics. `null`: the metrics API is absent (metrics.k8s.io is not in discovery, as on a
   * cluster without metrics-server). `{ unavailable }`: the APIService is registered but its backend is
   * down, so metrics.k8s.io requests get 503 ServiceUnavailable with that message.
   */
  metrics?(now: number): MetricsSnapshot | { unavailable: string } | null;
  /** readyz and livez checks at `now`; defaults to the healthy set of fixtures/health when absent. */
  health?(now: number): { readyz: HealthCheck[]; livez: HealthCheck[] };
  /**
   * The resources and health paths the source holds (`pods`, `deployments.apps`, `readyz`, …, as
   * `--serve-only` names them); the rest answer 404 and are absent from discovery, instead of being served
   * empty or invented. Absent: everything. A replayed capture lists what it captured.
   */
  served?: string[];
  /** When a replayed capture was taken (ISO time, the newest timestamp in it); absent for a live source. */
  capturedAt?: string;
}
