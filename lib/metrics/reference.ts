/** Requests and limits summed over a component's pods: the reference lines of its usage charts. Pure. */
import type { ResourceReference } from '@/lib/api/usage';
import { parseQuantity } from '@/lib/model/quantity';

interface PodWithResources {
  spec?: { containers?: ({ resources?: { requests?: Record<string, string>; limits?: Record<string, string> } } | null)[] | null } | null;
  status?: { phase?: string } | null;
}

/**
 * CPU (millicores) and memory (bytes) requests and limits over running and pending pods; null when no
 * container sets one. Kubernetes fact: a container without a limit may use the node's whole capacity,
 * so a partial limit sum is still shown (it is a floor, not the component's ceiling).
 */
export function componentReference(pods: readonly unknown[]): ResourceReference {
  const sums: Record<keyof ResourceReference, number | null> = { cpuRequests: null, cpuLimits: null, memoryRequests: null, memoryLimits: null };
  const add = (key: keyof ResourceReference, raw: string | undefined, scale: number) => {
    const value = parseQuantity(raw);
    if (value !== undefined) sums[key] = (sums[key] ?? 0) + value * scale;
  };
  for (const pod of pods as PodWithResources[]) {
    const phase = pod?.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    for (const c of pod?.spec?.containers ?? []) {
      add('cpuRequests', c?.resources?.requests?.cpu, 1000);
      add('cpuLimits', c?.resources?.limits?.cpu, 1000);
      add('memoryRequests', c?.resources?.requests?.memory, 1);
      add('memoryLimits', c?.resources?.limits?.memory, 1);
    }
  }
  return sums;
}
