/**
 * The selectable fields of each resource (what `fieldSelector` may name), extracted from an object once
 * when it is stored.
 */
import type { KObject } from '../types';

type Getter = (o: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

const META: Record<string, Getter> = {
  'metadata.name': (o) => o.metadata?.name,
  'metadata.namespace': (o) => o.metadata?.namespace,
};

const EVENT: Record<string, Getter> = {
  'involvedObject.kind': (o) => o.involvedObject?.kind,
  'involvedObject.namespace': (o) => o.involvedObject?.namespace,
  'involvedObject.name': (o) => o.involvedObject?.name,
  'involvedObject.uid': (o) => o.involvedObject?.uid,
  'involvedObject.apiVersion': (o) => o.involvedObject?.apiVersion,
  'involvedObject.resourceVersion': (o) => o.involvedObject?.resourceVersion,
  'involvedObject.fieldPath': (o) => o.involvedObject?.fieldPath,
  reason: (o) => o.reason,
  reportingComponent: (o) => o.reportingComponent,
  source: (o) => o.source?.component,
  type: (o) => o.type,
};

/**
 * Per-resource field sets, as the API server's field label conversion functions define them: pods add
 * `spec.nodeName` and `status.phase`, core events add `involvedObject.*`, `reason`, `type`, and so on.
 */
const EXTRA: Record<string, Record<string, Getter>> = {
  '/pods': {
    'spec.nodeName': (o) => o.spec?.nodeName,
    'spec.restartPolicy': (o) => o.spec?.restartPolicy,
    'spec.schedulerName': (o) => o.spec?.schedulerName,
    'spec.serviceAccountName': (o) => o.spec?.serviceAccountName,
    'spec.hostNetwork': (o) => String(o.spec?.hostNetwork ?? false),
    'status.phase': (o) => o.status?.phase,
    'status.podIP': (o) => o.status?.podIP,
    'status.nominatedNodeName': (o) => o.status?.nominatedNodeName,
  },
  '/nodes': { 'spec.unschedulable': (o) => String(o.spec?.unschedulable ?? false) },
  '/namespaces': { 'status.phase': (o) => o.status?.phase },
  '/secrets': { type: (o) => o.type },
  '/events': EVENT,
  'apps/replicasets': { 'status.replicas': (o) => String(o.status?.replicas ?? 0) },
};

/** Field names a `fieldSelector` may use on the resource with bucket key `key`. */
export function supportedFields(key: string): string[] {
  const base = key === 'events.k8s.io/events' ? '/events' : key;
  const names = [...Object.keys(META), ...Object.keys(EXTRA[base] ?? {})];
  if (base === '/events') names.push(...names.filter((n) => n.startsWith('involvedObject.')).map((n) => n.replace('involvedObject.', 'regarding.')));
  return names;
}

/** Snapshot of the selectable field values of `obj` (strings; absent fields are ''). */
export function extractFields(key: string, obj: KObject): Record<string, string> {
  const out: Record<string, string> = {};
  const getters = { ...META, ...(EXTRA[key] ?? {}) };
  for (const [name, get] of Object.entries(getters)) {
    const v = get(obj);
    out[name] = v === undefined || v === null ? '' : String(v);
    if (name.startsWith('involvedObject.')) out[name.replace('involvedObject.', 'regarding.')] = out[name];
  }
  return out;
}
