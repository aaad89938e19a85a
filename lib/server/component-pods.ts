/**
 * Which cached pods belong to which component, by the model's own bucketing (so ids match the
 * overview's `/components/<id>` exactly): read off the one bucketing per runtime version that the
 * metrics sampler also uses (pod-index.ts), not a second one.
 */
import 'server-only';
import type { Pod } from '@/lib/model/k8s';
import { memoByVersion } from './memo';
import { podComponentIndex } from './pod-index';
import type { ClusterRuntime } from './runtime';

export interface ComponentRef {
  id: string;
  name: string;
}

const componentIndex = memoByVersion((runtime: ClusterRuntime) => {
  const { buckets } = podComponentIndex(runtime);
  const podsById = new Map<string, Pod[]>();
  const componentByPod = new Map<string, ComponentRef>();
  for (const bucket of buckets.values()) {
    podsById.set(bucket.id, bucket.pods.map((facts) => facts.pod));
    for (const facts of bucket.pods) componentByPod.set(facts.name, { id: bucket.id, name: bucket.name });
  }
  return { podsById, componentByPod };
});

/**
 * The cached kube-system pods of one component, or undefined for an id no pod maps to.
 * Kubernetes fact: every kube-system pod lands in exactly one component (see lib/model/buckets.ts).
 */
export function podsOfComponent(runtime: ClusterRuntime, id: string): Pod[] | undefined {
  return componentIndex(runtime).podsById.get(id);
}

/** The component a cached pod belongs to (id and display name), or undefined for an unknown pod. */
export function componentOfPod(runtime: ClusterRuntime, podName: string): ComponentRef | undefined {
  return componentIndex(runtime).componentByPod.get(podName);
}
