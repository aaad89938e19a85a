/**
 * Classifies a kube-system pod into one component and one of the guide's four groups: labels, then
 * owner, then image, then pod name, against the knowledge tables; a workload no table knows is placed
 * by its shape and evidence (shape.ts), and a bare pod with nothing to go by lands in add-ons, unrecognised.
 */
import type { GroupId, Recognition } from '@/lib/api/types';
import { KNOWN_ADDON_COMPONENTS } from './known-addons';
import { KNOWN_CORE_COMPONENTS, LABEL_KEYS, type KnownComponent, type LabelKey } from './known-components';
import type { DaemonSet, Job, Node, Pod, ReplicaSet, Service } from './k8s';
import { buildShapeContext, placeByShape, placeCsiDriver, type Placement, type ShapeContext } from './shape';
import { buildWorkloadContext, resolveWorkload, type Workload, type WorkloadContext } from './workload';

export interface Classification {
  componentId: string;
  componentName: string;
  group: GroupId;
  /** Order within the group; components placed by shape have none. */
  rank?: number;
  workload: Workload;
  recognition: Recognition;
}

export interface ClassifyContext extends WorkloadContext {
  shape: ShapeContext;
}

export const KNOWN_COMPONENTS: readonly KnownComponent[] = [...KNOWN_CORE_COMPONENTS, ...KNOWN_ADDON_COMPONENTS];

/** Distribution prefixes on chart-installed workloads (`rke2-coredns`, `rke2-ingress-nginx-controller`). */
const DISTRO_PREFIX = /^(rke2|k3s)-/;
const ARCH_SUFFIX = /-(amd64|arm64|arm|ppc64le|s390x)$/;

const labelIndex = new Map<LabelKey, Map<string, KnownComponent>>();
const ownerExact = new Map<string, KnownComponent>();
const ownerPatterns: [RegExp, KnownComponent][] = [];
const imageIndex = new Map<string, KnownComponent>();
const podNameIndex = new Map<string, KnownComponent>();

for (const known of KNOWN_COMPONENTS) {
  for (const key of LABEL_KEYS) {
    for (const value of known.labels?.[key] ?? []) {
      const byValue = labelIndex.get(key) ?? new Map<string, KnownComponent>();
      byValue.set(value, known);
      labelIndex.set(key, byValue);
    }
  }
  for (const owner of known.owners ?? []) {
    if (typeof owner === 'string') ownerExact.set(owner, known);
    else ownerPatterns.push([owner, known]);
  }
  for (const image of known.images ?? []) imageIndex.set(normalizeImage(image), known);
  for (const name of known.podNames ?? []) podNameIndex.set(name, known);
}

/**
 * An image reference reduced to its repository path without registry host, tag, digest or
 * architecture suffix, `/` turned into `-`: `602401143452.dkr.ecr…/amazon-k8s-cni:v1` → `amazon-k8s-cni`,
 * `rancher/mirrored-cilium-cilium:v1.18` → `rancher-mirrored-cilium-cilium`.
 */
export function normalizeImage(image: string): string {
  let path = image.trim().toLowerCase().split('@')[0] ?? '';
  const segments = path.split('/');
  const first = segments[0] ?? '';
  if (segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) segments.shift();
  path = segments.join('/');
  const lastSlash = path.lastIndexOf('/');
  const colon = path.indexOf(':', lastSlash + 1);
  if (colon >= 0) path = path.slice(0, colon);
  return path.replace(ARCH_SUFFIX, '').replace(/\//g, '-');
}

/** Known component whose image name equals a trailing run of whole tokens of the normalized image. */
function matchImage(image: string): [KnownComponent, string] | undefined {
  const norm = normalizeImage(image);
  for (let at = 0; at >= 0 && at < norm.length; ) {
    const hit = imageIndex.get(norm.slice(at));
    if (hit) return [hit, `image ${norm}`];
    const next = norm.indexOf('-', at);
    at = next < 0 ? -1 : next + 1;
  }
  return undefined;
}

function imageHasName(image: string, name: string): boolean {
  const norm = normalizeImage(image);
  const wanted = normalizeImage(name);
  return norm === wanted || norm.endsWith(`-${wanted}`);
}

function podImages(pod: Pod): string[] {
  const images: string[] = [];
  for (const c of pod.spec?.containers ?? []) if (c?.image) images.push(c.image);
  for (const c of pod.spec?.initContainers ?? []) if (c?.image) images.push(c.image);
  return images;
}

function withoutDistroPrefix(value: string): string[] {
  const stripped = value.replace(DISTRO_PREFIX, '');
  return stripped !== value && stripped ? [value, stripped] : [value];
}

function matchLabels(labels: Record<string, string>): [KnownComponent, string] | undefined {
  for (const key of LABEL_KEYS) {
    const value = labels[key];
    if (typeof value !== 'string' || !value) continue;
    for (const candidate of withoutDistroPrefix(value)) {
      const hit = labelIndex.get(key)?.get(candidate);
      if (hit) return [hit, `label ${key}=${value}`];
    }
  }
  return undefined;
}

function matchOwner(name: string): KnownComponent | undefined {
  for (const candidate of withoutDistroPrefix(name)) {
    const hit = ownerExact.get(candidate) ?? ownerPatterns.find(([re]) => re.test(candidate))?.[1];
    if (hit) return hit;
  }
  return undefined;
}

/** A URL-safe, stable slug of a Kubernetes name (already DNS-1123 in practice). */
export function toComponentId(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}

function fromKnown(known: KnownComponent, images: string[], workload: Workload, evidence: string): Classification {
  const variant = known.variants?.find((v) => images.some((i) => v.images.some((n) => imageHasName(i, n))));
  return {
    componentId: variant?.id ?? known.id,
    componentName: variant?.name ?? known.name,
    group: known.group,
    rank: known.rank,
    workload,
    recognition: { by: 'table', evidence: [evidence] },
  };
}

function fromPlacement(name: string, workload: Workload, placement: Placement): Classification {
  return {
    componentId: toComponentId(name),
    componentName: name,
    group: placement.group,
    workload,
    recognition: { by: placement.by, evidence: placement.evidence, evidenceMessages: placement.evidenceMessages },
  };
}

/** Name for a pod no table recognises: its workload, else its app/name label, else its (generated) name. */
function componentName(pod: Pod, workload: Workload): string {
  if (workload.kind !== 'Pod') return workload.name;
  const labels = pod.metadata?.labels ?? {};
  return labels['app.kubernetes.io/name'] || labels.app || labels['k8s-app'] || labels.name || workload.name || 'unnamed';
}

/** The parts of a ClusterSnapshot classification reads; any may be missing (a kind not served or not readable). */
export interface ClassifyInput {
  replicaSets?: readonly ReplicaSet[] | null;
  jobs?: readonly Job[] | null;
  nodes?: readonly Node[] | null;
  daemonSets?: readonly DaemonSet[] | null;
  services?: readonly Service[] | null;
  pods?: readonly Pod[] | null;
}

/**
 * Index what classification needs from the snapshot (ReplicaSet → Deployment, Job → CronJob, nodes,
 * DaemonSet coverage, Services), once per build.
 * Kubernetes fact: Deployment pods are owned by a ReplicaSet and CronJob pods by a Job, never directly.
 */
export function buildClassifyContext(snapshot: ClassifyInput): ClassifyContext {
  const workloads = buildWorkloadContext(snapshot.replicaSets, snapshot.jobs);
  return { ...workloads, shape: buildShapeContext(snapshot, (pod) => resolveWorkload(pod, workloads)) };
}

/** A Job's pod runs to completion: an image it shares with a long-running component (etcdctl in etcd's image) does not make it that component. */
const isRunToCompletion = (workload: Workload) => workload.kind === 'Job' || workload.kind === 'CronJob';

/**
 * The component and group of one kube-system pod. Rules, in order: labels (`component`, `k8s-app`,
 * `app.kubernetes.io/name`, `app`, `name`), the owning workload's name, a CSI driver's shape, container
 * images, the static/bare pod name, then the workload's shape (shape.ts). Kubernetes fact: kubeadm labels
 * its static pods `component=<name>` and names them `<component>-<node>`; managed clusters hide these
 * pods, so labels, not names, come first.
 */
export function classifyPod(pod: Pod, ctx: ClassifyContext): Classification {
  const workload = resolveWorkload(pod, ctx);
  const images = podImages(pod);
  const byLabel = matchLabels(pod.metadata?.labels ?? {});
  if (byLabel) return fromKnown(byLabel[0], images, workload, byLabel[1]);
  const ownerName = workload.kind === 'Pod' ? undefined : workload.name;
  const byOwner = ownerName ? matchOwner(ownerName) : undefined;
  if (byOwner) return fromKnown(byOwner, images, workload, `${workload.kind} ${ownerName}`);
  const name = componentName(pod, workload);
  const csi = placeCsiDriver(pod, workload, ctx.shape);
  if (csi) return fromPlacement(name, workload, csi);
  if (!isRunToCompletion(workload)) {
    for (const image of images) {
      const byImage = matchImage(image);
      if (byImage) return fromKnown(byImage[0], images, workload, byImage[1]);
    }
    const baseName = workload.kind === 'static' || workload.kind === 'Pod' ? workload.name : undefined;
    const byName = baseName ? podNameIndex.get(baseName) : undefined;
    if (byName) return fromKnown(byName, images, workload, `${workload.kind === 'static' ? 'static pod' : 'pod'} ${baseName}`);
  }
  return fromPlacement(name, workload, placeByShape(pod, workload, ctx.shape));
}
