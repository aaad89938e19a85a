/**
 * The /health page's facts from raw objects: leader Leases with staleness, APIServices worth showing,
 * componentstatuses, and the services `kubectl cluster-info` prints. Pure.
 */
import type { ApiServiceRow, ComponentStatusRow, HealthCheckRow, LeaderLeaseRow } from '@/lib/api/health';
import type { Condition, Lease, ObjectMeta } from './k8s';

/** Leader-election Leases in kube-system the control plane keeps (kube-scheduler, kube-controller-manager; cloud-controller-manager when present). */
export const LEADER_LEASES = ['kube-scheduler', 'kube-controller-manager'] as const;
const OPTIONAL_LEADER_LEASES = ['cloud-controller-manager'];

/** Failing checks first, then in the API server's order. */
export function failuresFirst<T extends HealthCheckRow>(checks: readonly T[]): T[] {
  return [...checks.filter((c) => !c.ok), ...checks.filter((c) => c.ok)];
}

/**
 * A leader Lease and whether it is stale. Kubernetes fact: the leader renews `spec.renewTime` every
 * `--leader-elect-renew-deadline` (10 s by default) within `leaseDurationSeconds` (15 s); a renewal older
 * than the duration means no healthy leader, and another instance may take over.
 */
export function toLeaderLease(name: string, lease: Lease | undefined, now: number): LeaderLeaseRow {
  if (!lease) return { name, isStale: false, isMissing: true };
  const spec = lease.spec ?? {};
  const renewed = spec.renewTime ? Date.parse(spec.renewTime) : NaN;
  const duration = spec.leaseDurationSeconds ?? undefined;
  const isStale = Number.isNaN(renewed) || (duration !== undefined && now - renewed > duration * 1000);
  return {
    name,
    ...(spec.holderIdentity ? { holder: spec.holderIdentity } : {}),
    ...(spec.renewTime ? { renewTime: spec.renewTime } : {}),
    ...(duration !== undefined ? { durationSeconds: duration } : {}),
    ...((spec as { leaseTransitions?: number }).leaseTransitions !== undefined
      ? { transitions: (spec as { leaseTransitions?: number }).leaseTransitions }
      : {}),
    isStale,
    isMissing: false,
  };
}

export function leaderLeases(leases: readonly Lease[], now: number): LeaderLeaseRow[] {
  const byName = new Map(leases.map((l) => [l.metadata?.name ?? '', l]));
  const names = [...LEADER_LEASES, ...OPTIONAL_LEADER_LEASES.filter((n) => byName.has(n))];
  return names.map((name) => toLeaderLease(name, byName.get(name), now));
}

export interface APIServiceObject {
  metadata?: ObjectMeta | null;
  spec?: { service?: { name?: string; namespace?: string } | null } | null;
  status?: { conditions?: Condition[] | null } | null;
}

/**
 * APIServices worth a row: `v1beta1.metrics.k8s.io` and every aggregated (non-Local) one, unavailable first.
 * Kubernetes fact: built-in groups are `Local` and always available; aggregated ones proxy to a Service
 * and go `Available=False` (MissingEndpoints, FailedDiscoveryCheck) when it does not answer.
 */
export function apiServiceRows(items: readonly APIServiceObject[]): ApiServiceRow[] {
  const rows = items
    .filter((a) => a.metadata?.name === 'v1beta1.metrics.k8s.io' || a.spec?.service?.name)
    .map((a): ApiServiceRow => {
      const available = a.status?.conditions?.find((c) => c.type === 'Available');
      const svc = a.spec?.service;
      return {
        name: a.metadata?.name ?? '',
        ...(svc?.name ? { service: `${svc.namespace ?? ''}/${svc.name}` } : {}),
        available: available?.status === 'True',
        ...(available?.reason ? { reason: available.reason } : {}),
        ...(available?.message ? { message: available.message } : {}),
        ...(available?.lastTransitionTime ? { lastTransitionTime: available.lastTransitionTime } : {}),
      };
    });
  return rows.sort((a, b) => Number(a.available) - Number(b.available) || a.name.localeCompare(b.name));
}

/** v1 ComponentStatus rows. Kubernetes fact: deprecated since 1.19; `Healthy=True` is the only condition type. */
export function componentStatusRows(items: readonly { metadata?: ObjectMeta | null; conditions?: Condition[] | null }[]): ComponentStatusRow[] {
  return items.map((cs) => {
    const healthy = cs.conditions?.find((c) => c.type === 'Healthy');
    const error = (healthy as { error?: string } | undefined)?.error;
    return {
      name: cs.metadata?.name ?? '',
      healthy: healthy?.status === 'True',
      ...(healthy?.message ? { message: healthy.message } : {}),
      ...(error ? { error } : {}),
    };
  });
}

export interface ServiceObject {
  metadata?: ObjectMeta | null;
  spec?: { clusterIP?: string; ports?: { name?: string; port?: number }[] | null } | null;
}

/**
 * The services `kubectl cluster-info` prints: those labelled `kubernetes.io/cluster-service=true`, named by
 * `kubernetes.io/name`, at `<server>/api/v1/namespaces/kube-system/services/<name>[:<port name>]/proxy`.
 */
export function clusterInfoServices(services: readonly ServiceObject[], server: string) {
  return services
    .filter((s) => s.metadata?.labels?.['kubernetes.io/cluster-service'] === 'true')
    .map((s) => {
      const name = s.metadata?.name ?? '';
      const port = s.spec?.ports?.[0]?.name;
      return {
        displayName: s.metadata?.labels?.['kubernetes.io/name'] || name,
        name,
        ...(s.spec?.clusterIP ? { clusterIP: s.spec.clusterIP } : {}),
        proxyUrl: `${server.replace(/\/$/, '')}/api/v1/namespaces/kube-system/services/${port ? `${name}:${port}` : name}/proxy`,
      };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
