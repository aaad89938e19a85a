/**
 * Resolves the workload a pod belongs to (DaemonSet, Deployment via its ReplicaSet, StatefulSet, Job,
 * CronJob via its Job, static pod of a node, or a bare pod) from ownerReferences, without any I/O.
 */
import type { Job, ObjectMeta, OwnerReference, Pod, ReplicaSet } from './k8s';

/** `static` for mirror pods of kubelet manifests, `Pod` for pods without an owner. */
export interface Workload {
  kind: string;
  name: string;
}

export interface WorkloadContext {
  /** ReplicaSet name → owning Deployment name, or null for a ReplicaSet no Deployment owns. */
  deploymentByReplicaSet: ReadonlyMap<string, string | null>;
  /** Job name → owning CronJob name, or null for a Job no CronJob owns. */
  cronJobByJob: ReadonlyMap<string, string | null>;
}

/** The mirror-pod annotation the kubelet sets on pods it runs from static manifests. */
const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

/** pod-template-hash values are encoded with this alphabet (apimachinery rand.SafeEncodeString). */
const RS_HASH_SUFFIX = /-[bcdfghjklmnpqrstvwxz2456789]{6,10}$/;

/** The CronJob controller names each Job `<cronjob>-<scheduled time in minutes since the epoch>`. */
const CRONJOB_JOB_SUFFIX = /-\d{8,10}$/;

/**
 * The controlling owner reference (`controller: true`), else the first one.
 * Kubernetes fact: an object has at most one managing controller among its ownerReferences.
 */
export function controllerOf(meta: ObjectMeta | null | undefined): OwnerReference | undefined {
  const refs = meta?.ownerReferences ?? [];
  return refs.find((r) => r?.controller === true) ?? refs.find((r) => Boolean(r?.name));
}

function ownerIndex(objects: readonly (ReplicaSet | Job)[] | null | undefined, ownerKind: string): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const object of objects ?? []) {
    const name = object?.metadata?.name;
    if (!name) continue;
    const owner = controllerOf(object.metadata);
    index.set(name, owner?.kind === ownerKind && owner.name ? owner.name : null);
  }
  return index;
}

/**
 * Index ReplicaSets by name to their owning Deployment, and Jobs to their owning CronJob.
 * Kubernetes fact: a Deployment's ReplicaSets are named `<deployment>-<pod-template-hash>` and owned by it;
 * a CronJob's Jobs are named `<cronjob>-<minutes since the epoch>` and owned by it.
 */
export function buildWorkloadContext(
  replicaSets: readonly ReplicaSet[] | null | undefined,
  jobs?: readonly Job[] | null,
): WorkloadContext {
  return { deploymentByReplicaSet: ownerIndex(replicaSets, 'Deployment'), cronJobByJob: ownerIndex(jobs, 'CronJob') };
}

/**
 * The name a static pod was declared with.
 * Kubernetes fact: the kubelet names mirror pods `<manifest name>-<node name>`.
 */
export function staticPodBaseName(pod: Pod): string {
  const name = pod.metadata?.name ?? '';
  const node = pod.spec?.nodeName || controllerOf(pod.metadata)?.name || '';
  return node && name.endsWith(`-${node}`) && name.length > node.length + 1
    ? name.slice(0, -(node.length + 1))
    : name;
}

/** Whether the pod is the API server's mirror of a kubelet static manifest (owner is the Node). */
export function isStaticPod(pod: Pod): boolean {
  return controllerOf(pod.metadata)?.kind === 'Node' || Boolean(pod.metadata?.annotations?.[MIRROR_ANNOTATION]);
}

function deploymentOfReplicaSet(pod: Pod, rsName: string, ctx: WorkloadContext): Workload {
  const known = ctx.deploymentByReplicaSet.get(rsName);
  if (known) return { kind: 'Deployment', name: known };
  if (known === null) return { kind: 'ReplicaSet', name: rsName };
  const hash = pod.metadata?.labels?.['pod-template-hash'];
  if (hash && rsName.endsWith(`-${hash}`)) return { kind: 'Deployment', name: rsName.slice(0, -(hash.length + 1)) };
  if (RS_HASH_SUFFIX.test(rsName)) return { kind: 'Deployment', name: rsName.replace(RS_HASH_SUFFIX, '') };
  return { kind: 'ReplicaSet', name: rsName };
}

function cronJobOfJob(jobName: string, ctx: WorkloadContext): Workload {
  const known = ctx.cronJobByJob.get(jobName);
  if (known) return { kind: 'CronJob', name: known };
  if (known === undefined && CRONJOB_JOB_SUFFIX.test(jobName)) return { kind: 'CronJob', name: jobName.replace(CRONJOB_JOB_SUFFIX, '') };
  return { kind: 'Job', name: jobName };
}

/**
 * The workload that owns a pod: ReplicaSets resolve to their Deployment (through the ReplicaSet list,
 * else by stripping the pod-template-hash), Jobs to their CronJob (through the Job list, else by
 * stripping the schedule-time suffix), mirror pods to `static` with their manifest name.
 */
export function resolveWorkload(pod: Pod, ctx: WorkloadContext): Workload {
  if (isStaticPod(pod)) return { kind: 'static', name: staticPodBaseName(pod) };
  const owner = controllerOf(pod.metadata);
  if (owner?.name && owner.kind === 'ReplicaSet') return deploymentOfReplicaSet(pod, owner.name, ctx);
  if (owner?.name && owner.kind === 'Job') return cronJobOfJob(owner.name, ctx);
  if (owner?.name) return { kind: owner.kind || 'Unknown', name: owner.name };
  const generated = pod.metadata?.generateName?.replace(/-$/, '');
  return { kind: 'Pod', name: generated || pod.metadata?.name || '' };
}
