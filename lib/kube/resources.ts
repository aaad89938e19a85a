/**
 * The registry of the resource kinds the server keeps in its cache: one record per kind binding its key,
 * where the API serves it, its TypeScript type (lib/model/k8s.ts) and any receive-time transform, so a
 * read (`runtime.list('pods')`) is typed where it happens and RBAC (deploy/rbac.test.ts) grants exactly these.
 */
import type {
  APIService,
  ConfigMap,
  CronJob,
  DaemonSet,
  Deployment,
  Endpoints,
  Event,
  Job,
  Lease,
  NetworkPolicy,
  Node,
  Pod,
  ReplicaSet,
  Service,
  ServiceAccount,
  StatefulSet,
} from '@/lib/model/k8s';
import { slimNode, slimNodeLease, slimObject, slimPod } from './transforms';

/** The type of every cached kind's objects, by cache key. */
export interface ResourceTypes {
  pods: Pod;
  nodes: Node;
  services: Service;
  endpoints: Endpoints;
  configmaps: ConfigMap;
  events: Event;
  deployments: Deployment;
  daemonsets: DaemonSet;
  replicasets: ReplicaSet;
  statefulsets: StatefulSet;
  jobs: Job;
  cronjobs: CronJob;
  serviceaccounts: ServiceAccount;
  networkpolicies: NetworkPolicy;
  leases: Lease;
  'node-leases': Lease;
}

/** A cache key, also the name the UI uses in freshness reports: `pods`, `nodes`, `node-leases`. */
export type ResourceKey = keyof ResourceTypes;

/**
 * Kinds watched outside the cache by one part of the runtime (the health poller watches APIServices),
 * beside the cached ones: an Informer serves both.
 */
export interface WatchedTypes extends ResourceTypes {
  apiservices: APIService;
}

/** A kind an Informer can keep: a cached kind or one of the others in WatchedTypes. */
export type WatchedKey = keyof WatchedTypes;

export interface ResourceDef<K extends WatchedKey = ResourceKey> {
  key: K;
  /** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
  groupVersion: string;
  plural: string;
  /** Namespace to watch; undefined for cluster-scoped kinds. */
  namespace?: 'kube-system' | 'kube-node-lease';
  /** Optional kinds don't make the cache "not ready" while they are forbidden or absent. */
  optional?: boolean;
  /**
   * Reshapes each object as it arrives (LIST or watch event), after managedFields are dropped: what no page,
   * finding or API answer reads goes, repeated strings are shared (lib/kube/transforms.ts).
   */
  transform?(object: WatchedTypes[K]): WatchedTypes[K];
}

/** Any kind's record (a union, so a record's key and transform stay paired). */
export type AnyResourceDef = { [K in ResourceKey]: ResourceDef<K> }[ResourceKey];

/** Everything the overview and the pages read, one LIST+WATCH each (DESIGN.md "One cache, many viewers"). */
export const RESOURCES: { readonly [K in ResourceKey]: ResourceDef<K> } = {
  pods: { key: 'pods', groupVersion: '/api/v1', plural: 'pods', namespace: 'kube-system', transform: slimPod },
  nodes: { key: 'nodes', groupVersion: '/api/v1', plural: 'nodes', transform: slimNode },
  services: { key: 'services', groupVersion: '/api/v1', plural: 'services', namespace: 'kube-system', transform: slimObject },
  endpoints: { key: 'endpoints', groupVersion: '/api/v1', plural: 'endpoints', namespace: 'kube-system', optional: true, transform: slimObject },
  configmaps: { key: 'configmaps', groupVersion: '/api/v1', plural: 'configmaps', namespace: 'kube-system', optional: true, transform: slimObject },
  events: { key: 'events', groupVersion: '/api/v1', plural: 'events', namespace: 'kube-system', optional: true, transform: slimObject },
  deployments: { key: 'deployments', groupVersion: '/apis/apps/v1', plural: 'deployments', namespace: 'kube-system', transform: slimObject },
  daemonsets: { key: 'daemonsets', groupVersion: '/apis/apps/v1', plural: 'daemonsets', namespace: 'kube-system', transform: slimObject },
  replicasets: { key: 'replicasets', groupVersion: '/apis/apps/v1', plural: 'replicasets', namespace: 'kube-system', transform: slimObject },
  statefulsets: { key: 'statefulsets', groupVersion: '/apis/apps/v1', plural: 'statefulsets', namespace: 'kube-system', optional: true, transform: slimObject },
  // batch/v1 CronJob is served since Kubernetes 1.21; older servers answer 404 and the kind stays empty.
  jobs: { key: 'jobs', groupVersion: '/apis/batch/v1', plural: 'jobs', namespace: 'kube-system', optional: true, transform: slimObject },
  cronjobs: { key: 'cronjobs', groupVersion: '/apis/batch/v1', plural: 'cronjobs', namespace: 'kube-system', optional: true, transform: slimObject },
  serviceaccounts: { key: 'serviceaccounts', groupVersion: '/api/v1', plural: 'serviceaccounts', namespace: 'kube-system', optional: true, transform: slimObject },
  networkpolicies: { key: 'networkpolicies', groupVersion: '/apis/networking.k8s.io/v1', plural: 'networkpolicies', namespace: 'kube-system', optional: true, transform: slimObject },
  leases: { key: 'leases', groupVersion: '/apis/coordination.k8s.io/v1', plural: 'leases', namespace: 'kube-system', optional: true, transform: slimObject },
  'node-leases': { key: 'node-leases', groupVersion: '/apis/coordination.k8s.io/v1', plural: 'leases', namespace: 'kube-node-lease', optional: true, transform: slimNodeLease },
};

/**
 * APIServices (is metrics.k8s.io registered and available?), watched by the health poller: they change
 * when an aggregated API comes or goes, so a watch costs the API server less than a poll.
 */
export const APISERVICES: ResourceDef<'apiservices'> = {
  key: 'apiservices',
  groupVersion: '/apis/apiregistration.k8s.io/v1',
  plural: 'apiservices',
  optional: true,
  transform: slimObject,
};

/** Every record, in the registry's order. */
export const CACHED_RESOURCES: readonly AnyResourceDef[] = Object.values(RESOURCES);

export function collectionPath(def: Pick<ResourceDef, 'groupVersion' | 'plural' | 'namespace'>): string {
  return def.namespace
    ? `${def.groupVersion}/namespaces/${def.namespace}/${def.plural}`
    : `${def.groupVersion}/${def.plural}`;
}
