/**
 * The aggregated APIServices a component serves (metrics-server behind `v1beta1.metrics.k8s.io`) and
 * their Available condition, as evidence of the component's health. Pure.
 */
import type { Message } from '@/lib/api/message';
import { headline, type Evidence } from './evidence';
import { say } from './say';
import type { APIService, Pod, Service } from './k8s';

function selects(selector: Readonly<Record<string, string>> | null | undefined, pod: Pod): boolean {
  const entries = Object.entries(selector ?? {});
  const labels = pod.metadata?.labels ?? {};
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

/** `v1beta1.metrics.k8s.io not available: MissingEndpoints (endpoints for service/metrics-server … have no addresses)`. */
function unavailableReason(name: string, reason: string | undefined, message: string | undefined): Message {
  const why = headline(message, 100);
  if (reason && why) return say('reason.apiServiceUnavailableReasonWhy', { name, reason, why });
  if (reason || why) return say('reason.apiServiceUnavailableWhy', { name, why: reason || why });
  return say('reason.apiServiceUnavailable', { name });
}

/**
 * Evidence from the APIServices whose backing Service (in kube-system) selects one of `pods`: degraded
 * with the condition's reason when one is not Available, a quiet healthy line when all are.
 * Kubernetes fact: the kube-aggregator's availability controller sets `Available=False` with a reason
 * (`MissingEndpoints`, `FailedDiscoveryCheck`, `ServiceNotFound`) when it cannot reach the Service behind
 * an APIService; `kubectl top` and the HPA then fail for that API group.
 */
export function apiServiceEvidence(
  pods: readonly Pod[],
  services: readonly Service[],
  apiServices: readonly APIService[] | undefined,
): Evidence | undefined {
  if (!apiServices?.length || pods.length === 0) return undefined;
  const mine = apiServices.filter((a) => {
    const ref = a.spec?.service;
    if (!ref?.name || (ref.namespace && ref.namespace !== 'kube-system')) return false;
    const service = services.find((s) => s.metadata?.name === ref.name);
    return Boolean(service && pods.some((pod) => selects(service.spec?.selector, pod)));
  });
  if (mine.length === 0) return undefined;
  const reasons: Message[] = [];
  for (const a of mine) {
    const available = a.status?.conditions?.find((c) => c?.type === 'Available');
    if (available?.status !== 'True') reasons.push(unavailableReason(a.metadata?.name ?? '?', available?.reason, available?.message));
  }
  if (reasons.length > 0) return { status: 'degraded', reasons };
  const names = mine.map((a) => a.metadata?.name ?? '?').join(', ');
  return { status: 'healthy', reasons: [say('reason.apiServiceAvailable', { names })] };
}
