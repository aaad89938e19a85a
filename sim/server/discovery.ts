/**
 * Legacy discovery (`/api`, `/apis`, `/apis/<group>`, and each group version's APIResourceList): what
 * kubectl and client-go read to map `po` to pods. metrics.k8s.io is listed only while the source has metrics (and the `metricsGone` fault is off).
 */
import type { ServerContext } from './context';
import { READ_VERBS, RESOURCES, groupVersionOf, servedGroups, type ResourceDef } from './resources';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';

/** Whether metrics.k8s.io is registered: `source.metrics` exists and does not answer null (metrics-server absent). */
export function metricsRegistered(ctx: ServerContext): boolean {
  if (ctx.faults?.metricsGone()) return false;
  return !!ctx.source.metrics && ctx.source.metrics(Date.now()) !== null;
}

function groupEntry(group: string, version: string) {
  const gv = { groupVersion: `${group}/${version}`, version };
  return { name: group, versions: [gv], preferredVersion: gv };
}

/** `GET /api`: APIVersions. */
export function apiVersions(ctx: ServerContext) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: ctx.options.serverAddress }],
  };
}

/** Whether the server serves `r` now (all resources when the context has no served set). */
export function isServed(ctx: ServerContext, r: ResourceDef): boolean {
  return !ctx.served || ctx.served.isServed(r);
}

/** `GET /apis`: APIGroupList of every served group (a group none of whose resources is served is absent). */
export function apiGroupList(ctx: ServerContext) {
  const groups = servedGroups((r) => isServed(ctx, r)).map((g) => groupEntry(g.group, g.version));
  if (metricsRegistered(ctx)) groups.push(groupEntry(METRICS_GROUP, METRICS_VERSION));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

/** `GET /apis/<group>`: one APIGroup, or undefined when the group is not served. */
export function apiGroup(ctx: ServerContext, group: string) {
  const found = apiGroupList(ctx).groups.find((g) => g.name === group);
  return found && { kind: 'APIGroup', apiVersion: 'v1', ...found };
}

function apiResource(r: ResourceDef) {
  return {
    name: r.plural,
    singularName: r.singular,
    namespaced: r.namespaced,
    kind: r.kind,
    verbs: READ_VERBS,
    ...(r.shortNames ? { shortNames: r.shortNames } : {}),
    ...(r.categories ? { categories: r.categories } : {}),
  };
}

const METRICS_RESOURCES = [
  { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
  { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
];

/** `GET /api/v1` or `/apis/<group>/<version>`: the APIResourceList (with `pods/log`), or undefined. */
export function apiResourceList(ctx: ServerContext, group: string, version: string) {
  const groupVersion = group ? `${group}/${version}` : version;
  if (group === METRICS_GROUP && version === METRICS_VERSION) {
    return metricsRegistered(ctx) ? { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources: METRICS_RESOURCES } : undefined;
  }
  if (groupVersion !== 'v1' && !servedGroups((r) => isServed(ctx, r)).some((g) => g.group === group && g.version === version)) return undefined;
  // The core group always answers, however few of its resources are served.
  const defs = RESOURCES.filter((r) => groupVersionOf(r) === groupVersion && isServed(ctx, r));
  const resources: Record<string, unknown>[] = [];
  for (const r of defs) {
    resources.push(apiResource(r));
    if (r.plural === 'pods' && !r.group) resources.push({ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] });
  }
  return { kind: 'APIResourceList', ...(group ? { apiVersion: 'v1' } : {}), groupVersion, resources };
}
