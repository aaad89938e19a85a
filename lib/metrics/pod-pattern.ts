/**
 * Pod-name patterns for a component's workloads, so a Prometheus query finds its pods past and present
 * (a replaced pod has a new random suffix). Pure.
 */

export interface WorkloadRef {
  kind: string;
  name: string;
}

/** Escapes a name for an RE2 regular expression (Prometheus `=~`, which is anchored). */
export function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pod names a workload creates. Kubernetes facts: DaemonSet, Job and bare-ReplicaSet pods are
 * `<owner>-<5 chars>`; Deployment pods `<deployment>-<pod-template-hash>-<5 chars>`; StatefulSet pods
 * `<name>-<ordinal>`; static (mirror) pods `<manifest name>-<node name>`.
 */
export function workloadPodPattern(workload: WorkloadRef): string {
  const name = escapeRegex(workload.name);
  switch (workload.kind) {
    case 'Deployment':
      return `${name}-[a-z0-9]{6,10}-[a-z0-9]{5}`;
    case 'StatefulSet':
      return `${name}-[0-9]+`;
    case 'static':
      return `${name}-.+`;
    case 'Pod':
      return name;
    default:
      return `${name}-[a-z0-9]{5}`;
  }
}

/** One `=~` pattern matching every workload's pods and the given extra pod names. */
export function podPattern(workloads: readonly WorkloadRef[], podNames: readonly string[] = []): string {
  const parts = new Set<string>(workloads.map(workloadPodPattern));
  for (const name of podNames) parts.add(escapeRegex(name));
  return [...parts].sort().join('|');
}
