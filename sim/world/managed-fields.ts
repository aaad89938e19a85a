/**
 * `metadata.managedFields` as the API server's field manager writes them: one entry per manager and
 * operation, each a FieldsV1 set (`f:<field>`, `k:{<list keys>}` for list-map items, `.` for the field
 * itself). Sets are computed from the objects and interned, so 10,000 pods share a handful of them.
 */
import type { KObject } from '../types';
import { iso, type ManagedFieldsEntry, type World } from './model';

export type { ManagedFieldsEntry } from './model';

type Json = Record<string, unknown>;

/** The empty set `{}`: a leaf, an atomic list or map, or an empty struct. Shared; never mutated. */
export const LEAF: Json = Object.freeze({}) as Json;

/** Lists the API marks `+listType=map`, with their keys (k8s.io/api/core/v1 and apps/v1 at 1.31). */
const LIST_MAP_KEYS: Readonly<Record<string, readonly string[]>> = {
  containers: ['name'], initContainers: ['name'], ephemeralContainers: ['name'], env: ['name'], volumes: ['name'],
  volumeMounts: ['mountPath'], imagePullSecrets: ['name'], conditions: ['type'], podIPs: ['ip'], addresses: ['type'],
  ownerReferences: ['uid'], topologySpreadConstraints: ['topologyKey', 'whenUnsatisfiable'],
};

/** Maps and lists the API marks atomic (`+mapType=atomic`, `+listType=atomic`, `+structType=atomic`): owned as a whole. */
const ATOMIC = new Set(['nodeSelector', 'selector', 'podSelector', 'hostIPs', 'taints', 'podCIDRs', 'clusterIPs', 'ipFamilies', 'subsets', 'containerStatuses', 'initContainerStatuses']);

/** Structs that are always present (not optional): their sets carry no `.` of their own. */
const SKELETON = new Set(['metadata', 'spec', 'status', 'template', 'strategy', 'updateStrategy', 'jobTemplate']);

function listKeysOf(field: string, item: Json): readonly string[] | undefined {
  if (field === 'ports') return 'containerPort' in item ? ['containerPort', 'protocol'] : ['port', 'protocol'];
  return LIST_MAP_KEYS[field];
}

/** `k:{"name":"coredns"}`: a list-map item's key as structured-merge-diff writes it. */
function itemKey(keys: readonly string[], item: Json): string {
  const parts = keys.filter((k) => item[k] !== undefined).map((k) => `${JSON.stringify(k)}:${JSON.stringify(item[k])}`);
  return `k:{${parts.join(',')}}`;
}

/** The FieldsV1 set of `value`, the value of field `field`. */
function setOf(field: string, value: unknown): Json {
  if (value === null || typeof value !== 'object' || ATOMIC.has(field)) return LEAF;
  if (Array.isArray(value)) {
    const keys = listKeysOf(field, value[0] ?? {});
    if (!keys || value.length === 0) return LEAF;
    const out: Json = field === 'containers' ? {} : { '.': LEAF };
    for (const raw of value) {
      const item = (raw ?? {}) as Json;
      out[itemKey(keys, item)] = field === 'ownerReferences' ? LEAF : { '.': LEAF, ...childrenOf(item) };
    }
    return out;
  }
  const children = childrenOf(value as Json);
  if (Object.keys(children).length === 0) return LEAF;
  return SKELETON.has(field) ? children : { '.': LEAF, ...children };
}

function childrenOf(obj: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(obj).sort()) if (obj[key] !== undefined) out[`f:${key}`] = setOf(key, obj[key]);
  return out;
}

/** `record` without `keys` (a shallow copy). */
export function omit(record: Json, ...keys: string[]): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(record)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** A list-map's set without its own `.`: the list was created by another manager (the scheduler's PodScheduled condition). */
export function itemsOf(field: string, list: unknown): Json {
  return omit(fieldsOf({ [field]: list })[`f:${field}`] as Json, '.');
}

/** The set a manager owns when it wrote these top-level parts (`{ metadata: { labels }, spec }`). */
export function fieldsOf(parts: Json): Json {
  return childrenOf(parts);
}

/** One shared instance per distinct set in this world: identical sets (every kube-proxy pod's) cost memory once. */
export function intern(w: World, fields: Json): Json {
  const key = JSON.stringify(fields);
  let found = w.fieldSets.get(key);
  if (!found) w.fieldSets.set(key, (found = fields));
  return found;
}

/** A managedFields entry; `time` (epoch ms, or an RFC 3339 string) is when the manager last changed its fields. */
export function entry(manager: string, apiVersion: string, time: number | string, fieldsV1: Json, subresource?: string): ManagedFieldsEntry {
  const at = typeof time === 'string' ? time : iso(time);
  return subresource
    ? { manager, operation: 'Update', apiVersion, time: at, fieldsType: 'FieldsV1', fieldsV1, subresource }
    : { manager, operation: 'Update', apiVersion, time: at, fieldsType: 'FieldsV1', fieldsV1 };
}

/** Sort keys at every depth, as Go's encoding/json writes a map (kubectl's last-applied-configuration is one). */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const key of Object.keys(value).sort()) if ((value as Json)[key] !== undefined) out[key] = sortedDeep((value as Json)[key]);
  return out;
}

/** Values the API server fills in that a hand-written manifest leaves out: absent from what `kubectl apply` sent. */
const DEFAULTED: Readonly<Record<string, unknown>> = {
  terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', schedulerName: 'default-scheduler',
  enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', dnsPolicy: 'ClusterFirst', restartPolicy: 'Always',
  terminationGracePeriodSeconds: 30, revisionHistoryLimit: 10, progressDeadlineSeconds: 600, successThreshold: 1,
  failureThreshold: 3, periodSeconds: 10, timeoutSeconds: 1, initialDelaySeconds: 0, scheme: 'HTTP', protocol: 'TCP',
  defaultMode: 420, sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ipFamilyPolicy: 'SingleStack',
};
/** Fields only the API server sets (allocations, admission, status). */
const SERVER_SET = new Set(['priority', 'clusterIP', 'clusterIPs', 'ipFamilies', 'status', 'uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields', 'serviceAccount']);

function manifestOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(manifestOf);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value as Json)) {
    if (SERVER_SET.has(key) || (key in DEFAULTED && DEFAULTED[key] === v)) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 && key !== 'annotations' && key !== 'emptyDir') continue;
    out[key] = manifestOf(v);
  }
  return out;
}

/**
 * `kubectl.kubernetes.io/last-applied-configuration` for an object applied with `kubectl apply`: the
 * manifest as kubectl sent it (compact JSON, keys sorted, a trailing newline), without what the API
 * server defaulted or set.
 */
export function lastApplied(obj: KObject): string {
  const { apiVersion, kind, metadata, ...rest } = obj;
  const manifest = manifestOf({
    apiVersion, kind, ...rest,
    metadata: { annotations: {}, labels: metadata.labels, name: metadata.name, namespace: metadata.namespace },
  });
  return `${JSON.stringify(sortedDeep(manifest))}\n`;
}
