/**
 * The catalogue of served API resources (group, version, plural, kind, scope, short names): the single
 * source for discovery, routing and the store's buckets.
 */

export interface ResourceDef {
  /** '' for the core group. */
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  /** Served from another resource's bucket through a converter (events.k8s.io events are core events). */
  viewOf?: string;
}

/** Read-only verbs: the demo cluster refuses every write with 405, so discovery does not advertise them. */
export const READ_VERBS = ['get', 'list', 'watch'];

function def(
  groupVersion: string,
  plural: string,
  kind: string,
  namespaced: boolean,
  extra: Partial<ResourceDef> = {},
): ResourceDef {
  const [group, version] = groupVersion.includes('/') ? groupVersion.split('/') : ['', groupVersion];
  return { group, version, plural, singular: kind.toLowerCase(), kind, listKind: `${kind}List`, namespaced, ...extra };
}

const ALL = { categories: ['all'] };

/**
 * Every resource the demo API server serves, in discovery order. Short names are the ones kubectl users
 * type (`po`, `no`, `deploy`, …) as the real API server advertises them.
 */
export const RESOURCES: ResourceDef[] = [
  def('v1', 'namespaces', 'Namespace', false, { shortNames: ['ns'] }),
  def('v1', 'nodes', 'Node', false, { shortNames: ['no'] }),
  def('v1', 'pods', 'Pod', true, { shortNames: ['po'], ...ALL }),
  def('v1', 'services', 'Service', true, { shortNames: ['svc'], ...ALL }),
  def('v1', 'endpoints', 'Endpoints', true, { shortNames: ['ep'], singular: 'endpoints' }),
  def('v1', 'configmaps', 'ConfigMap', true, { shortNames: ['cm'] }),
  def('v1', 'serviceaccounts', 'ServiceAccount', true, { shortNames: ['sa'] }),
  def('v1', 'events', 'Event', true, { shortNames: ['ev'] }),
  def('v1', 'secrets', 'Secret', true),
  def('v1', 'componentstatuses', 'ComponentStatus', false, { shortNames: ['cs'] }),
  def('apps/v1', 'deployments', 'Deployment', true, { shortNames: ['deploy'], ...ALL }),
  def('apps/v1', 'daemonsets', 'DaemonSet', true, { shortNames: ['ds'], ...ALL }),
  def('apps/v1', 'replicasets', 'ReplicaSet', true, { shortNames: ['rs'], ...ALL }),
  def('apps/v1', 'statefulsets', 'StatefulSet', true, { shortNames: ['sts'], ...ALL }),
  def('batch/v1', 'jobs', 'Job', true, { ...ALL }),
  def('batch/v1', 'cronjobs', 'CronJob', true, { shortNames: ['cj'], ...ALL }),
  def('coordination.k8s.io/v1', 'leases', 'Lease', true),
  def('discovery.k8s.io/v1', 'endpointslices', 'EndpointSlice', true),
  // No short name: kubectl would warn that `ev` is ambiguous between the two event groups.
  def('events.k8s.io/v1', 'events', 'Event', true, { viewOf: '/events' }),
  def('networking.k8s.io/v1', 'networkpolicies', 'NetworkPolicy', true, { shortNames: ['netpol'] }),
  def('apiregistration.k8s.io/v1', 'apiservices', 'APIService', false),
];

/** The bucket key of a resource: `group/plural` (`/pods` for the core group). */
export function resourceKey(r: Pick<ResourceDef, 'group' | 'plural'>): string {
  return `${r.group}/${r.plural}`;
}

/** `v1` for the core group, `apps/v1` otherwise. */
export function groupVersionOf(r: Pick<ResourceDef, 'group' | 'version'>): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

const byKey = new Map(RESOURCES.map((r) => [resourceKey(r), r]));
const byGvk = new Map(RESOURCES.map((r) => [`${groupVersionOf(r)}|${r.kind}`, r]));

/** The resource a URL names (`/apis/<group>/<version>/<plural>`); the version must be the served one. */
export function findResource(group: string, version: string, plural: string): ResourceDef | undefined {
  const r = byKey.get(`${group}/${plural}`);
  return r && r.version === version ? r : undefined;
}

/** The resource an object of `apiVersion` + `kind` belongs to. */
export function resourceForKind(apiVersion: string, kind: string): ResourceDef | undefined {
  return byGvk.get(`${apiVersion}|${kind}`);
}

/** The served group versions in discovery order (core `v1` excluded), of the resources `isServed` keeps. */
export function servedGroups(isServed: (r: ResourceDef) => boolean = () => true): { group: string; version: string }[] {
  const seen = new Map<string, string>();
  for (const r of RESOURCES) if (r.group && !seen.has(r.group) && isServed(r)) seen.set(r.group, r.version);
  return [...seen].map(([group, version]) => ({ group, version }));
}
