/**
 * Which cached pods belong to which component, by the model's own bucketing (so ids match the
 * overview's `/components/<id>` exactly): read off the one bucketing per cache version that the
 * metrics sampler also uses (lib/metrics/pod-index), not a second one.
 */
import 'server-only';
import type { ClusterCache } from '@/lib/kube/cache';
import { podComponentIndex } from '@/lib/metrics/pod-index';
import type { Pod } from '@/lib/model/k8s';

export interface ComponentRef {
  id: string;
  name: string;
}

interface Index {
  version: number;
  podsById: Map<string, Pod[]>;
  componentByPod: Map<string, ComponentRef>;
}

const indexes = new WeakMap<ClusterCache, Index>();

function componentIndex(cache: ClusterCache): Index {
  const memo = indexes.get(cache);
  if (memo && memo.version === cache.version) return memo;
  const { version, buckets } = podComponentIndex(cache);
  const podsById = new Map<string, Pod[]>();
  const componentByPod = new Map<string, ComponentRef>();
  for (const bucket of buckets.values()) {
    podsById.set(bucket.id, bucket.pods.map((facts) => facts.pod));
    for (const facts of bucket.pods) componentByPod.set(facts.name, { id: bucket.id, name: bucket.name });
  }
  const index = { version, podsById, componentByPod };
  indexes.set(cache, index);
  return index;
}

/**
 * The cached kube-system pods of one component, or undefined for an id no pod maps to.
 * Kubernetes fact: every kube-system pod lands in exactly one component (see lib/model/buckets.ts).
 */
export function podsOfComponent(cache: ClusterCache, id: string): Pod[] | undefined {
  return componentIndex(cache).podsById.get(id);
}

/** The component a cached pod belongs to (id and display name), or undefined for an unknown pod. */
export function componentOfPod(cache: ClusterCache, podName: string): ComponentRef | undefined {
  return componentIndex(cache).componentByPod.get(podName);
}
