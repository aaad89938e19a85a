/**
 * Sorts a snapshot's pods and workloads into per-component buckets in one pass each (pods indexed by
 * owner once, so building stays linear at 10,000+ pods); health is judged elsewhere.
 */
import type { GroupId, Recognition } from '@/lib/api/types';
import { buildClassifyContext, classifyPod, KNOWN_COMPONENTS, type Classification } from './classify';
import type { DaemonSet, Deployment, Pod, PodTemplate } from './k8s';
import { isLivePod, podFacts, type PodFacts } from './pod-evidence';
import { say } from './say';
import type { ClusterSnapshot } from './snapshot';
import type { Workload } from './workload';

export type TrackedKind = 'DaemonSet' | 'Deployment' | 'StatefulSet';

/** A workload the snapshot lists, with what it wants and the nodes its live pods run on. */
export interface TrackedWorkload {
  kind: TrackedKind;
  name: string;
  object: DaemonSet | Deployment;
  /** Replicas wanted (Deployment/StatefulSet `spec.replicas`, DaemonSet `status.desiredNumberScheduled`). */
  desired: number;
  /** Ready count the workload's own status reports. */
  statusReady: number;
  pods: PodFacts[];
  nodesWithPod: Set<string>;
}

export interface Bucket {
  id: string;
  name: string;
  group: GroupId;
  rank?: number;
  /** How the bucket's pods were recognised (the first pod's way; table evidence merged over its pods). */
  recognition: Recognition;
  pods: PodFacts[];
  workloads: TrackedWorkload[];
}

const KNOWN_BY_ID = new Map(KNOWN_COMPONENTS.map((k) => [k.id, k]));
/** Ids the model itself creates; a workload placed by shape with the same name gets a suffix. */
const RESERVED_IDS = new Set(['kubelet']);
/** Distinct table matches kept per component (calico-node's label, calico-kube-controllers' label …). */
const MAX_TABLE_EVIDENCE = 3;

function mergeRecognition(bucket: Bucket, c: Classification): void {
  if (bucket.recognition.by !== 'table' || c.recognition.by !== 'table') return;
  const evidence = bucket.recognition.evidence;
  for (const e of c.recognition.evidence) if (evidence.length < MAX_TABLE_EVIDENCE && !evidence.includes(e)) evidence.push(e);
}

/** A pod-shaped stand-in for a workload's template, so workloads without pods classify like their pods. */
function templatePod(kind: string, name: string, template: PodTemplate | null | undefined): Pod {
  return {
    metadata: { name, labels: template?.metadata?.labels ?? {}, ownerReferences: [{ kind, name, controller: true }] },
    spec: template?.spec ?? {},
  };
}

function trackWorkloads(snapshot: ClusterSnapshot): Map<string, TrackedWorkload> {
  const tracked = new Map<string, TrackedWorkload>();
  const add = (kind: TrackedKind, object: DaemonSet | Deployment, desired: number, statusReady: number) => {
    const name = object.metadata?.name;
    if (name) tracked.set(`${kind}/${name}`, { kind, name, object, desired, statusReady, pods: [], nodesWithPod: new Set() });
  };
  for (const ds of snapshot.daemonSets ?? []) {
    add('DaemonSet', ds, ds?.status?.desiredNumberScheduled ?? 0, ds?.status?.numberReady ?? 0);
  }
  for (const d of snapshot.deployments ?? []) add('Deployment', d, d?.spec?.replicas ?? 1, d?.status?.readyReplicas ?? 0);
  for (const s of snapshot.statefulSets ?? []) add('StatefulSet', s, s?.spec?.replicas ?? 1, s?.status?.readyReplicas ?? 0);
  return tracked;
}

const bucketMemo = new WeakMap<ClusterSnapshot, ReadonlyMap<string, Bucket>>();

/**
 * Facts of the pods already seen, by object. The cache replaces a pod's object when the pod changes and
 * never edits one in place, so a pod unchanged since the last snapshot keeps its facts: at 10,000 pods,
 * working them out again was a third of each bucketing. An entry lives only as long as its pod object.
 */
const factsMemo = new WeakMap<Pod, PodFacts>();

function factsOf(pod: Pod, workload: Workload): PodFacts {
  const known = factsMemo.get(pod);
  if (known && known.workload.kind === workload.kind && known.workload.name === workload.name) return known;
  const facts = podFacts(pod, workload);
  factsMemo.set(pod, facts);
  return facts;
}

/**
 * The snapshot's buckets (`bucketSnapshot`), built once per snapshot for all who read them: the overview's
 * components, a component's detail, every findings rule and the server's pod index. Shared, so read-only.
 */
export function bucketsOf(snapshot: ClusterSnapshot): ReadonlyMap<string, Bucket> {
  let buckets = bucketMemo.get(snapshot);
  if (!buckets) {
    buckets = bucketSnapshot(snapshot);
    bucketMemo.set(snapshot, buckets);
  }
  return buckets;
}

/**
 * Every kube-system pod in exactly one bucket, and every listed DaemonSet/Deployment/StatefulSet
 * attached to the bucket of its pods (or classified from its pod template when it has none and wants some).
 */
export function bucketSnapshot(snapshot: ClusterSnapshot): Map<string, Bucket> {
  const ctx = buildClassifyContext(snapshot);
  const buckets = new Map<string, Bucket>();
  const bucketFor = (c: Classification): Bucket => {
    let id = c.componentId;
    if (c.recognition.by !== 'table' && (RESERVED_IDS.has(id) || KNOWN_BY_ID.has(id))) id = `${id}-workload`;
    let bucket = buckets.get(id);
    if (!bucket) {
      const recognition: Recognition = { ...c.recognition, evidence: [...c.recognition.evidence] };
      bucket = { id, name: c.componentName, group: c.group, rank: c.rank, recognition, pods: [], workloads: [] };
      buckets.set(id, bucket);
    } else mergeRecognition(bucket, c);
    return bucket;
  };

  const tracked = trackWorkloads(snapshot);
  const bucketOfWorkload = new Map<string, Bucket>();
  for (const pod of snapshot.pods ?? []) {
    if (!pod) continue;
    const c = classifyPod(pod, ctx);
    const facts = factsOf(pod, c.workload);
    const bucket = bucketFor(c);
    bucket.pods.push(facts);
    const key = `${c.workload.kind}/${c.workload.name}`;
    const workload = tracked.get(key);
    if (!workload) continue;
    workload.pods.push(facts);
    if (isLivePod(facts) && facts.node) workload.nodesWithPod.add(facts.node);
    if (!bucketOfWorkload.has(key)) bucketOfWorkload.set(key, bucket);
  }

  for (const [key, workload] of tracked) {
    let bucket = bucketOfWorkload.get(key);
    if (!bucket) {
      if (workload.desired === 0) continue;
      const template = (workload.object as DaemonSet).spec?.template;
      bucket = bucketFor(classifyPod(templatePod(workload.kind, workload.name, template), ctx));
    }
    bucket.workloads.push(workload);
  }
  return buckets;
}

/**
 * A bucket for a component that has no pods (core control plane on managed clusters).
 * Kubernetes fact: every cluster has an API server, etcd, scheduler and controller manager, visible or not.
 */
export function emptyBucket(id: string): Bucket {
  const known = KNOWN_BY_ID.get(id);
  const recognition: Recognition = known
    ? { by: 'table', evidence: ['part of every cluster; no pods in kube-system'] }
    : { by: 'unrecognised', evidence: ['no pods in kube-system'], evidenceMessages: [say('shape.noPods')] };
  return { id, name: known?.name ?? id, group: known?.group ?? 'add-on', rank: known?.rank, recognition, pods: [], workloads: [] };
}
