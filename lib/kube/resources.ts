/**
 * The resource kinds the server keeps in its shared cache, and where the API serves them.
 */
export interface ResourceDef {
  /** Cache key, also the name the UI uses in freshness reports: `pods`, `nodes`, `node-leases`. */
  key: string;
  /** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
  groupVersion: string;
  plural: string;
  /** Namespace to watch; undefined for cluster-scoped kinds. */
  namespace?: 'kube-system' | 'kube-node-lease';
  /** Optional kinds don't make the cache "not ready" while they are forbidden or absent. */
  optional?: boolean;
}

/** Everything the overview and the pages read, one LIST+WATCH each (DESIGN.md "One cache, many viewers"). */
export const CACHED_RESOURCES: readonly ResourceDef[] = [
  { key: 'pods', groupVersion: '/api/v1', plural: 'pods', namespace: 'kube-system' },
  { key: 'nodes', groupVersion: '/api/v1', plural: 'nodes' },
  { key: 'services', groupVersion: '/api/v1', plural: 'services', namespace: 'kube-system' },
  { key: 'endpoints', groupVersion: '/api/v1', plural: 'endpoints', namespace: 'kube-system', optional: true },
  { key: 'configmaps', groupVersion: '/api/v1', plural: 'configmaps', namespace: 'kube-system', optional: true },
  { key: 'events', groupVersion: '/api/v1', plural: 'events', namespace: 'kube-system', optional: true },
  { key: 'deployments', groupVersion: '/apis/apps/v1', plural: 'deployments', namespace: 'kube-system' },
  { key: 'daemonsets', groupVersion: '/apis/apps/v1', plural: 'daemonsets', namespace: 'kube-system' },
  { key: 'replicasets', groupVersion: '/apis/apps/v1', plural: 'replicasets', namespace: 'kube-system' },
  { key: 'statefulsets', groupVersion: '/apis/apps/v1', plural: 'statefulsets', namespace: 'kube-system', optional: true },
  // batch/v1 CronJob is served since Kubernetes 1.21; older servers answer 404 and the kind stays empty.
  { key: 'jobs', groupVersion: '/apis/batch/v1', plural: 'jobs', namespace: 'kube-system', optional: true },
  { key: 'cronjobs', groupVersion: '/apis/batch/v1', plural: 'cronjobs', namespace: 'kube-system', optional: true },
  { key: 'serviceaccounts', groupVersion: '/api/v1', plural: 'serviceaccounts', namespace: 'kube-system', optional: true },
  { key: 'networkpolicies', groupVersion: '/apis/networking.k8s.io/v1', plural: 'networkpolicies', namespace: 'kube-system', optional: true },
  { key: 'leases', groupVersion: '/apis/coordination.k8s.io/v1', plural: 'leases', namespace: 'kube-system', optional: true },
  {
    key: 'node-leases',
    groupVersion: '/apis/coordination.k8s.io/v1',
    plural: 'leases',
    namespace: 'kube-node-lease',
    optional: true,
  },
];

export function collectionPath(def: ResourceDef): string {
  return def.namespace
    ? `${def.groupVersion}/namespaces/${def.namespace}/${def.plural}`
    : `${def.groupVersion}/${def.plural}`;
}
