/** Which dump file holds which served resource: `nodes.json` at the top, `<namespace>/<plural>.json|yaml` below. */

export interface DumpResource {
  apiVersion: string;
  kind: string;
  namespaced: boolean;
}

/** File base names (the plural `kubectl get` uses) and the resource each holds. */
export const DUMP_RESOURCES: Record<string, DumpResource> = {
  nodes: { apiVersion: 'v1', kind: 'Node', namespaced: false },
  namespaces: { apiVersion: 'v1', kind: 'Namespace', namespaced: false },
  componentstatuses: { apiVersion: 'v1', kind: 'ComponentStatus', namespaced: false },
  apiservices: { apiVersion: 'apiregistration.k8s.io/v1', kind: 'APIService', namespaced: false },
  pods: { apiVersion: 'v1', kind: 'Pod', namespaced: true },
  services: { apiVersion: 'v1', kind: 'Service', namespaced: true },
  endpoints: { apiVersion: 'v1', kind: 'Endpoints', namespaced: true },
  configmaps: { apiVersion: 'v1', kind: 'ConfigMap', namespaced: true },
  serviceaccounts: { apiVersion: 'v1', kind: 'ServiceAccount', namespaced: true },
  events: { apiVersion: 'v1', kind: 'Event', namespaced: true },
  deployments: { apiVersion: 'apps/v1', kind: 'Deployment', namespaced: true },
  daemonsets: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespaced: true },
  replicasets: { apiVersion: 'apps/v1', kind: 'ReplicaSet', namespaced: true },
  statefulsets: { apiVersion: 'apps/v1', kind: 'StatefulSet', namespaced: true },
  jobs: { apiVersion: 'batch/v1', kind: 'Job', namespaced: true },
  cronjobs: { apiVersion: 'batch/v1', kind: 'CronJob', namespaced: true },
  leases: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', namespaced: true },
  endpointslices: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', namespaced: true },
  networkpolicies: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', namespaced: true },
};

/** metrics.k8s.io snapshots some captures add; served through `metrics()`, not as objects. */
export const METRICS_FILES: Record<string, DumpResource> = {
  podmetrics: { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', namespaced: true },
  nodemetrics: { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'NodeMetrics', namespaced: false },
};

/**
 * Files a real dump writes that the demo cluster does not serve: ReplicationControllers (not served) and
 * Secrets (the product never reads them).
 */
export const SKIPPED_FILES = new Set(['replication-controllers', 'replicationcontrollers', 'secrets']);

export const LIST_EXTENSIONS = ['.json', '.yaml', '.yml'];
