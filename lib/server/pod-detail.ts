/**
 * `GET /api/pods/<name>`: one kube-system pod described from the cluster's cache (never a per-request
 * API call), with its component and events, or as YAML.
 */
import 'server-only';
import type { PodDetailResponse } from '@/lib/api/pod';
import { kubeGetJson } from '@/lib/kube/http';
import type { Pod } from '@/lib/model/k8s';
import { podYaml, toPodDetail, toPodEvents } from '@/lib/model/pod-describe';
import { buildWorkloadContext } from '@/lib/model/workload';
import { componentOfPod } from './component-pods';
import { HttpError } from './errors';
import type { ClusterRuntime } from './runtime';

/** The cached pod, or a 404 naming it. */
export function cachedPod(runtime: ClusterRuntime, name: string): Pod {
  const pod = runtime.get('pods', name);
  if (!pod) {
    const why = runtime.unavailable().find((u) => u.kind === 'pods');
    throw new HttpError(404, 'NotFound', `pod "${name}" not found in kube-system${why ? `: pods are ${why.message}` : ''}`);
  }
  return pod;
}

export function podDetail(runtime: ClusterRuntime, name: string, now = Date.now()): PodDetailResponse {
  const pod = cachedPod(runtime, name);
  const ctx = buildWorkloadContext(runtime.list('replicasets'), runtime.list('jobs'));
  const detail = toPodDetail(pod, ctx);
  const component = componentOfPod(runtime, name);
  if (component) detail.component = component;
  const events = toPodEvents(runtime.list('events'), name, pod.metadata?.uid);
  return { pod: detail, events, freshness: runtime.freshness(), generatedAt: new Date(now).toISOString() };
}

/**
 * The pod as YAML, read from the API server (one GET of that pod) rather than the cache, which keeps only
 * the fields some page reads (lib/kube/transforms.ts): the YAML tab shows the whole object.
 */
export async function podDetailYaml(runtime: ClusterRuntime, name: string, signal?: AbortSignal): Promise<string> {
  cachedPod(runtime, name);
  const pod = await kubeGetJson<Pod>(runtime.connection, `/api/v1/namespaces/kube-system/pods/${encodeURIComponent(name)}`, { timeoutMs: 15_000, signal });
  return podYaml(pod);
}
