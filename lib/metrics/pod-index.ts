/**
 * The cached kube-system pods by component (the model's own buckets, so ids match `/components/<id>`),
 * with each pod's group and node: how samples are attributed. Memoized per cache version.
 */
import 'server-only';
import type { GroupId } from '@/lib/api/types';
import type { ClusterCache } from '@/lib/kube/cache';
import { bucketSnapshot, type Bucket } from '@/lib/model/buckets';
import { buildClassifyContext, classifyPod } from '@/lib/model/classify';
import { readSnapshot } from '@/lib/server/snapshot';

export interface PodRef {
  componentId: string;
  group: GroupId;
  node?: string;
}

export interface PodComponentIndex {
  version: number;
  byPod: Map<string, PodRef>;
  buckets: Map<string, Bucket>;
  /** metrics-server's pods (ready of total), when it has any. */
  metricsServer?: { ready: number; total: number };
  /** For a pod metrics-server reports before the pod watch has it: classified by its labels alone. */
  classify(name: string, labels: Record<string, string> | undefined): PodRef;
}

const memos = new WeakMap<ClusterCache, PodComponentIndex>();

export function podComponentIndex(cache: ClusterCache): PodComponentIndex {
  const memo = memos.get(cache);
  if (memo && memo.version === cache.version) return memo;
  const version = cache.version;
  const snapshot = readSnapshot(cache);
  const buckets = bucketSnapshot(snapshot);
  const byPod = new Map<string, PodRef>();
  for (const bucket of buckets.values()) {
    for (const facts of bucket.pods) byPod.set(facts.name, { componentId: bucket.id, group: bucket.group, node: facts.node || undefined });
  }
  const ms = buckets.get('metrics-server');
  const ctx = buildClassifyContext(snapshot);
  const index: PodComponentIndex = {
    version,
    byPod,
    buckets,
    ...(ms && ms.pods.length > 0 ? { metricsServer: { ready: ms.pods.filter((f) => f.isReady).length, total: ms.pods.length } } : {}),
    classify(name, labels) {
      const c = classifyPod({ metadata: { name, namespace: 'kube-system', labels: labels ?? {} } }, ctx);
      return { componentId: c.componentId, group: c.group };
    },
  };
  memos.set(cache, index);
  return index;
}
