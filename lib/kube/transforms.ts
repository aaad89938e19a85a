/**
 * Receive-time transforms (client-go's informers call them transform functions): each cached object is
 * stored without the fields no page, finding or API answer reads, with its repeated strings (node names,
 * images, label keys and values, condition types) and the parts sibling pods repeat (a DaemonSet's pods'
 * tolerations, probes, env, labels) shared across objects instead of held once each.
 * `lib/kube/transforms.test.ts` proves over every real capture that the model's outputs do not change.
 */
import type { Lease, Node, Pod } from '@/lib/model/k8s';

/** Written by `kubectl apply`: the whole object again as JSON, read by nothing here. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Strings at these keys are unique per object or per event (ids, times, addresses): never worth sharing. */
const UNIQUE_KEYS = new Set([
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'deletionTimestamp',
  'containerID',
  'startedAt',
  'finishedAt',
  'lastTransitionTime',
  'lastProbeTime',
  'lastHeartbeatTime',
  'lastUpdateTime',
  'startTime',
  'renewTime',
  'acquireTime',
  'firstTimestamp',
  'lastTimestamp',
  'eventTime',
  'time',
  'podIP',
  'ip',
  'continue',
]);
/** Longer strings (command lines, ConfigMap data) rarely repeat exactly; not worth a table entry. */
const MAX_INTERNED_LENGTH = 200;
/** The table is dropped and started again past this many strings, so churn cannot grow it without bound. */
const MAX_TABLE_SIZE = 100_000;

let table = new Map<string, string>();

/** The one shared instance of `value` (bounded table; strings are immutable, so sharing is invisible). */
export function intern(value: string): string {
  const known = table.get(value);
  if (known !== undefined) return known;
  if (table.size >= MAX_TABLE_SIZE) table = new Map();
  table.set(value, value);
  return value;
}

/** Strings held by the intern table now (for the bench and tests). */
export function internedCount(): number {
  return table.size;
}

/**
 * Replaces, in place, every short string of `value` (and every object key's string value) by its interned
 * instance. Strings at the unique keys are not interned across objects, but one object's equal ones share
 * one instance (`local`): a pod's creation, start and condition times are often the same second, and a
 * container's IP is often its node's.
 */
export function internStrings(value: unknown, local: Map<string, string> = new Map()): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') {
        if (item.length <= MAX_INTERNED_LENGTH) value[i] = intern(item);
      } else if (item && typeof item === 'object') internStrings(item, local);
    }
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') {
      if (item.length > MAX_INTERNED_LENGTH) continue;
      if (!UNIQUE_KEYS.has(key)) record[key] = intern(item);
      else {
        const known = local.get(item);
        if (known === undefined) local.set(item, item);
        else record[key] = known;
      }
    } else if (item && typeof item === 'object') internStrings(item, local);
  }
}

let shared = new Map<string, unknown>();
/** The shared-subtree table is started again past this many entries. */
const MAX_SHARED_SIZE = 20_000;

/**
 * The one shared instance of a JSON value equal to `value` (a DaemonSet's 5,000 pods carry the same
 * tolerations, probes, env and labels): safe because cached objects are never mutated.
 */
export function share<T>(value: T): T {
  if (value === undefined || value === null || typeof value !== 'object') return value;
  const key = JSON.stringify(value);
  const known = shared.get(key);
  if (known !== undefined) return known as T;
  if (shared.size >= MAX_SHARED_SIZE) shared = new Map();
  shared.set(key, value);
  return value;
}

type Shareable = Record<string, unknown>;

/** A JSON object (not null, not an array): what an odd object may not be where a field should be. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `record` without `keys`, as a new object when one of them is present. Not `delete`: V8 turns an object
 * a property is deleted from into a dictionary (a hash table, ~450 bytes for a pod's metadata instead of
 * ~100), while objects built key by key in the same order share one compact layout.
 */
export function withoutKeys<T extends object>(record: T, keys: readonly string[]): T {
  if (!keys.some((key) => Object.hasOwn(record, key))) return record;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) if (!keys.includes(key)) out[key] = (record as Record<string, unknown>)[key];
  return out as T;
}

/** Shares `keys` of `record` (when present) with equal values of other objects. */
function shareKeys(record: Shareable | null | undefined, keys: readonly string[]): void {
  if (!record) return;
  for (const key of keys) if (record[key] !== undefined) record[key] = share(record[key]);
}

/** Maps each record of the array at `record[key]` through `map`, in place (odd elements stay as they came). */
function mapEach(record: Record<string, unknown>, key: string, map: (item: Record<string, unknown>) => Record<string, unknown>): void {
  const items = record[key];
  if (Array.isArray(items)) for (let i = 0; i < items.length; i++) if (isRecord(items[i])) items[i] = map(items[i] as Record<string, unknown>);
}

const CONTAINER_SHARED = ['command', 'args', 'env', 'envFrom', 'ports', 'resources', 'livenessProbe', 'readinessProbe', 'startupProbe', 'securityContext'];

/** The parts of a pod that its siblings (same DaemonSet or ReplicaSet) repeat, shared with theirs. */
function shareSiblingParts(pod: Pod): void {
  const metadata: unknown = pod.metadata;
  if (isRecord(metadata)) shareKeys(metadata, ['labels', 'annotations', 'ownerReferences']);
  const spec: unknown = pod.spec;
  if (!isRecord(spec)) return;
  shareKeys(spec, ['tolerations', 'nodeSelector', 'securityContext']);
  // A volume's source is shared even where its name is the pod's own (`kube-api-access-<random>`, the
  // same projected token, CA and namespace in every pod).
  mapEach(spec, 'volumes', (volume) => {
    shareKeys(volume, Object.keys(volume).filter((key) => key !== 'name'));
    return share(volume);
  });
  for (const list of [spec.containers, spec.initContainers]) {
    if (!Array.isArray(list)) continue;
    for (const container of list) {
      if (!isRecord(container)) continue;
      shareKeys(container, CONTAINER_SHARED);
      mapEach(container, 'volumeMounts', share);
    }
  }
}

/** Drops the last-applied annotation (a second copy of the object) and interns the rest. Any kind. */
export function slimObject<T extends { metadata?: { annotations?: Record<string, string> | null } | null }>(object: T): T {
  const metadata = object.metadata;
  if (isRecord(metadata) && isRecord(metadata.annotations)) metadata.annotations = withoutKeys(metadata.annotations, [LAST_APPLIED]);
  internStrings(object);
  return object;
}

/**
 * Pod fields nothing reads: defaults the API server fills in, the legacy selfLink, and the node affinity a
 * DaemonSet's controller writes into each of its pods to pin it to its node (the coverage check reads the
 * DaemonSet's template, not its pods).
 */
const POD_SPEC_UNREAD = ['schedulerName', 'dnsPolicy', 'enableServiceLinks', 'preemptionPolicy', 'terminationGracePeriodSeconds', 'affinity'] as const;
const CONTAINER_UNREAD = ['terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy'] as const;
/** `hostIPs` repeats `hostIP` (the pod page shows `podIPs`). */
const POD_STATUS_UNREAD = ['hostIPs'] as const;
/**
 * Container status fields nothing reads: the runtime's container id (twice: beside the state and inside
 * it), and what 1.30+ API servers add to repeat the spec (mounts, resources, the user it runs as).
 */
const CONTAINER_STATUS_UNREAD = ['containerID', 'volumeMounts', 'resources', 'allocatedResources', 'allocatedResourcesStatus', 'user'] as const;
const CONDITION_UNREAD = ['lastProbeTime'] as const;

/** A container status without what nothing reads; its states without the container id. */
function slimContainerStatus(status: Record<string, unknown>): Record<string, unknown> {
  const slim = withoutKeys(status, CONTAINER_STATUS_UNREAD);
  for (const key of ['state', 'lastState']) {
    const state = slim[key];
    if (!isRecord(state)) continue;
    // The empty `lastState: {}` of a container that never restarted: one shared instance.
    if (Object.keys(state).length === 0) slim[key] = share(state);
    else for (const phase of Object.keys(state)) if (isRecord(state[phase])) state[phase] = withoutKeys(state[phase], ['containerID']);
  }
  return slim;
}

/**
 * A pod as the cache keeps it: without what only the API server's defaulting wrote and nothing here reads
 * (scheduler name, DNS policy, termination message path …). The pod page's YAML tab reads the full pod
 * from the API server instead (GET of that one pod).
 */
export function slimPod(pod: Pod): Pod {
  // Odd objects (a null spec, a container that is not an object) are kept as they came: the model copes.
  if (isRecord(pod.spec)) {
    const spec = withoutKeys(pod.spec as Record<string, unknown>, POD_SPEC_UNREAD);
    for (const list of [spec.containers, spec.initContainers]) {
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) if (isRecord(list[i])) list[i] = withoutKeys(list[i] as Record<string, unknown>, CONTAINER_UNREAD);
    }
    pod.spec = spec as Pod['spec'];
  }
  if (isRecord(pod.status)) {
    const status = withoutKeys(pod.status as Record<string, unknown>, POD_STATUS_UNREAD);
    for (const list of ['containerStatuses', 'initContainerStatuses', 'ephemeralContainerStatuses']) mapEach(status, list, slimContainerStatus);
    mapEach(status, 'conditions', (c) => withoutKeys(c, CONDITION_UNREAD));
    pod.status = status as Pod['status'];
  }
  if (isRecord(pod.metadata)) pod.metadata = withoutKeys(pod.metadata, ['selfLink']);
  slimObject(pod);
  shareSiblingParts(pod);
  return pod;
}

const NODE_INFO_UNREAD = ['machineID', 'systemUUID', 'bootID'] as const;
const NODE_LEASE_METADATA_UNREAD = ['ownerReferences', 'uid', 'creationTimestamp', 'selfLink'] as const;

/**
 * A Node as the cache keeps it: without `status.images` (every image on the node with its digests and
 * size, often half the object), the attached-volume lists and the machine ids, which no page or finding
 * reads.
 */
export function slimNode(node: Node): Node {
  if (isRecord(node.status)) {
    const status = withoutKeys(node.status as Record<string, unknown>, ['images', 'volumesInUse', 'volumesAttached']);
    // The machine's and the boot's ids are the node's own and read by nothing; the rest of nodeInfo
    // (kernel, OS image, runtime, kubelet version) is what a pool's nodes share.
    if (isRecord(status.nodeInfo)) status.nodeInfo = withoutKeys(status.nodeInfo, NODE_INFO_UNREAD);
    shareKeys(status, ['capacity', 'allocatable', 'daemonEndpoints', 'nodeInfo']);
    node.status = status as Node['status'];
  }
  if (isRecord(node.metadata)) node.metadata = withoutKeys(node.metadata, ['selfLink']);
  slimObject(node);
  return node;
}

/**
 * A node's Lease (kube-node-lease) as the cache keeps it: what the node pages and the kubelet's checks read
 * (its name, holder, duration and renew time). Without the owner reference to its Node (the name says
 * which), its uid and creation time. Every node renews its Lease every 10 s, so at 5,000 nodes these are
 * the objects the cache replaces most often, and the ones memoized answers hold in several generations.
 */
export function slimNodeLease(lease: Lease): Lease {
  if (isRecord(lease.metadata)) lease.metadata = withoutKeys(lease.metadata, NODE_LEASE_METADATA_UNREAD);
  return slimObject(lease);
}
