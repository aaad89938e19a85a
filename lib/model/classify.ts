/**
 * Classifies a kube-system pod into one component and group: labels, then owner, then image, then pod
 * name, against the knowledge tables; anything unrecognised becomes its own component in `other`.
 */
import type { GroupId } from '@/lib/api/types';
import { KNOWN_ADDON_COMPONENTS } from './known-addons';
import { KNOWN_CORE_COMPONENTS, LABEL_KEYS, type KnownComponent, type LabelKey } from './known-components';
import type { Pod, ReplicaSet } from './k8s';
import { buildWorkloadContext, resolveWorkload, type Workload, type WorkloadContext } from './workload';

export type MatchedBy = 'label' | 'owner' | 'image' | 'pod-name' | 'csi' | 'unknown';

export interface Classification {
  componentId: string;
  componentName: string;
  group: GroupId;
  /** Order within the group; unknown components have none. */
  rank?: number;
  workload: Workload;
  matchedBy: MatchedBy;
}

export type ClassifyContext = WorkloadContext;

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
function matchImage(image: string): KnownComponent | undefined {
  const norm = normalizeImage(image);
  for (let at = 0; at >= 0 && at < norm.length; ) {
    const hit = imageIndex.get(norm.slice(at));
    if (hit) return hit;
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

function matchLabels(labels: Record<string, string>): KnownComponent | undefined {
  for (const key of LABEL_KEYS) {
    const value = labels[key];
    if (typeof value !== 'string' || !value) continue;
    for (const candidate of withoutDistroPrefix(value)) {
      const hit = labelIndex.get(key)?.get(candidate);
      if (hit) return hit;
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

function fromKnown(known: KnownComponent, images: string[], workload: Workload, matchedBy: MatchedBy): Classification {
  const variant = known.variants?.find((v) => images.some((i) => v.images.some((n) => imageHasName(i, n))));
  return {
    componentId: variant?.id ?? known.id,
    componentName: variant?.name ?? known.name,
    group: known.group,
    rank: known.rank,
    workload,
    matchedBy,
  };
}

/** Name for a pod no rule recognises: its workload, else its app/name label, else its (generated) name. */
function unknownName(pod: Pod, workload: Workload): string {
  if (workload.kind !== 'Pod') return workload.name;
  const labels = pod.metadata?.labels ?? {};
  return labels['app.kubernetes.io/name'] || labels.app || labels['k8s-app'] || labels.name || workload.name || 'unnamed';
}

/**
 * Index what classification needs from the snapshot (ReplicaSet → Deployment), once per build.
 * Kubernetes fact: Deployment pods are owned by a ReplicaSet, never by the Deployment directly.
 */
export function buildClassifyContext(snapshot: { replicaSets?: readonly ReplicaSet[] | null }): ClassifyContext {
  return buildWorkloadContext(snapshot.replicaSets);
}

/**
 * The component and group of one kube-system pod. Rules, in order: labels (`component`, `k8s-app`,
 * `app.kubernetes.io/name`, `app`, `name`), the owning workload's name, container images, then the
 * static/bare pod name. Kubernetes fact: kubeadm labels its static pods `component=<name>` and names them
 * `<component>-<node>`; managed clusters hide these pods, so labels, not names, come first.
 */
export function classifyPod(pod: Pod, ctx: ClassifyContext): Classification {
  const workload = resolveWorkload(pod, ctx);
  const images = podImages(pod);
  const byLabel = matchLabels(pod.metadata?.labels ?? {});
  if (byLabel) return fromKnown(byLabel, images, workload, 'label');
  const ownerName = workload.kind === 'Pod' ? undefined : workload.name;
  const byOwner = ownerName ? matchOwner(ownerName) : undefined;
  if (byOwner) return fromKnown(byOwner, images, workload, 'owner');
  if (ownerName && ownerName.split('-').some((token) => token.endsWith('csi'))) {
    // CSI node plugins run as DaemonSets on every node; CSI controllers as Deployments/StatefulSets.
    const group: GroupId = workload.kind === 'DaemonSet' ? 'node' : 'add-on';
    return { componentId: toComponentId(ownerName), componentName: ownerName, group, rank: 5, workload, matchedBy: 'csi' };
  }
  for (const image of images) {
    const byImage = matchImage(image);
    if (byImage) return fromKnown(byImage, images, workload, 'image');
  }
  const baseName = workload.kind === 'static' || workload.kind === 'Pod' ? workload.name : undefined;
  const byName = baseName ? podNameIndex.get(baseName) : undefined;
  if (byName) return fromKnown(byName, images, workload, 'pod-name');
  const name = unknownName(pod, workload);
  return { componentId: toComponentId(name), componentName: name, group: 'other', workload, matchedBy: 'unknown' };
}
