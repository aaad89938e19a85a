/**
 * The cached kube-system pods by component (the model's own buckets, so ids match `/components/<id>`),
 * with each pod's group and node: how metrics samples are attributed and which pods a component has.
 * Built once per runtime version.
 */
import 'server-only';
import type { PodRef } from '@/lib/metrics/sampler';
import { bucketsOf, type Bucket } from '@/lib/model/buckets';
import { buildClassifyContext, classifyPod } from '@/lib/model/classify';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';

export interface PodComponentIndex {
  byPod: Map<string, PodRef>;
  buckets: ReadonlyMap<string, Bucket>;
  /** metrics-server's pods (ready of total), when it has any. */
  metricsServer?: { ready: number; total: number };
  /** For a pod metrics-server reports before the pod watch has it: classified by its labels alone. */
  classify(name: string, labels: Record<string, string> | undefined): PodRef;
}

export const podComponentIndex = memoByVersion((runtime: ClusterRuntime): PodComponentIndex => {
  const snapshot = readSnapshot(runtime);
  const buckets = bucketsOf(snapshot);
  const byPod = new Map<string, PodRef>();
  for (const bucket of buckets.values()) {
    for (const facts of bucket.pods) byPod.set(facts.name, { componentId: bucket.id, group: bucket.group, node: facts.node || undefined });
  }
  const ms = buckets.get('metrics-server');
  const ctx = buildClassifyContext(snapshot);
  return {
    byPod,
    buckets,
    ...(ms && ms.pods.length > 0 ? { metricsServer: { ready: ms.pods.filter((f) => f.isReady).length, total: ms.pods.length } } : {}),
    classify(name, labels) {
      const c = classifyPod({ metadata: { name, namespace: 'kube-system', labels: labels ?? {} } }, ctx);
      return { componentId: c.componentId, group: c.group };
    },
  };
});

/** The component (group, node) a pod's usage counts toward: the cached pod's, else classified by its labels. */
export function podRefOf(runtime: ClusterRuntime, name: string, labels: Record<string, string> | undefined): PodRef {
  const index = podComponentIndex(runtime);
  return index.byPod.get(name) ?? index.classify(name, labels);
}
