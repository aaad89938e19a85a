/**
 * `GET /api/pods/<name>`: one kube-system pod described from the shared cache (never a per-request
 * API call), with its component and events, or as YAML.
 */
import 'server-only';
import type { PodDetailResponse } from '@/lib/api/pod';
import type { ClusterCache } from '@/lib/kube/cache';
import type { Job, Pod, ReplicaSet } from '@/lib/model/k8s';
import { podYaml, toPodDetail, toPodEvents, type RawEvent } from '@/lib/model/pod-describe';
import { buildWorkloadContext } from '@/lib/model/workload';
import { componentOfPod } from './component-pods';
import { HttpError } from './errors';

/** The cached pod, or a 404 naming it. */
export function cachedPod(cache: ClusterCache, name: string): Pod {
  const pod = cache.object('pods', name) as Pod | undefined;
  if (!pod) {
    const why = cache.unavailable().find((u) => u.kind === 'pods');
    throw new HttpError(404, 'NotFound', `pod "${name}" not found in kube-system${why ? `: pods are ${why.message}` : ''}`);
  }
  return pod;
}

export function podDetail(cache: ClusterCache, name: string, now = Date.now()): PodDetailResponse {
  const pod = cachedPod(cache, name);
  const ctx = buildWorkloadContext(cache.objects('replicasets') as ReplicaSet[], cache.objects('jobs') as Job[]);
  const detail = toPodDetail(pod, ctx);
  const component = componentOfPod(cache, name);
  if (component) detail.component = component;
  const events = toPodEvents(cache.objects('events') as RawEvent[], name, pod.metadata?.uid);
  return { pod: detail, events, freshness: cache.freshness(), generatedAt: new Date(now).toISOString() };
}

export function podDetailYaml(cache: ClusterCache, name: string): string {
  return podYaml(cachedPod(cache, name));
}
