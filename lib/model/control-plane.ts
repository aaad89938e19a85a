/**
 * Health evidence for the core control plane beyond its pods: `/readyz` and `/livez` checks, leader
 * Leases of kube-scheduler and kube-controller-manager, componentstatuses, and why no pods are visible.
 */
import type { Message } from '@/lib/api/message';
import { combineEvidence, headline, nameList, secondsSince, type Evidence } from './evidence';
import { english } from './english';
import { say } from './say';
import type { ClusterSnapshot, HealthCheck } from './snapshot';

/** Components every cluster has, shown even when kube-system holds no pod of theirs. */
export const CORE_CONTROL_PLANE = ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager'] as const;
export type CoreControlPlaneId = (typeof CORE_CONTROL_PLANE)[number];

/** Leader-election lease duration default of kube-scheduler and kube-controller-manager (15 s). */
export const DEFAULT_LEADER_LEASE_SECONDS = 15;

const COMPONENT_STATUS_NAME: Record<string, RegExp> = {
  etcd: /^etcd-\d+$/,
  'kube-scheduler': /^scheduler$/,
  'kube-controller-manager': /^controller-manager$/,
};

/** Where a cluster's control plane lives when kube-system shows none of it, in English; see controlPlaneWhere. */
export function controlPlaneLocation(snapshot: ClusterSnapshot): string {
  return english(controlPlaneWhere(snapshot));
}

/**
 * Where a cluster's control plane lives when kube-system shows none of it, from versions and labels.
 * Kubernetes fact: k3s embeds it in its server process; EKS, GKE and AKS run it outside the cluster.
 */
export function controlPlaneWhere(snapshot: ClusterSnapshot): Message {
  const node = snapshot.nodes[0];
  const versions = `${snapshot.health?.version ?? ''} ${node?.status?.nodeInfo?.kubeletVersion ?? ''}`;
  const labels = node?.metadata?.labels ?? {};
  if (/\+k3s/.test(versions)) return say('where.k3s');
  const provider = /-eks-/.test(versions) ? 'EKS'
    : /-gke\./.test(versions) ? 'GKE'
    : 'kubernetes.azure.com/cluster' in labels || /^aks-/.test(node?.metadata?.name ?? '') ? 'AKS'
    : undefined;
  if (provider) return say('where.provider', { provider });
  const openshift = 'node.openshift.io/os_id' in labels
    || snapshot.pods.some((p) => p?.spec?.containers?.some((c) => c?.image?.includes('openshift-release-dev')));
  if (openshift) return say('where.openshift');
  return say('where.outside');
}

function failingChecks(checks: readonly HealthCheck[] | undefined, match: (name: string) => boolean): HealthCheck[] {
  return (checks ?? []).filter((c) => !c.ok && match(c.name));
}

function apiServerEvidence(snapshot: ClusterSnapshot): Evidence | undefined {
  const health = snapshot.health ?? {};
  const readyz = health.readyz?.length ? health.readyz : undefined;
  const livez = health.livez?.length ? health.livez : undefined;
  const readyzError = health.readyzError;
  if (!readyz && !livez) return readyzError ? { status: 'unknown', reasons: [say('reason.readyzFailed', { error: headline(readyzError) })] } : undefined;
  const failing = [
    ...failingChecks(livez, () => true).map((c) => say('reason.checkFailing', { endpoint: 'livez', name: c.name })),
    ...failingChecks(readyz, () => true).map((c) => say('reason.checkFailing', { endpoint: 'readyz', name: c.name })),
  ];
  if (failing.length > 0) return { status: 'down', reasons: failing.slice(0, 3) };
  const count = (readyz ?? livez ?? []).length;
  return { status: 'healthy', reasons: [say('reason.checksPass', { endpoint: readyz ? 'readyz' : 'livez', count })] };
}

function etcdChecks(snapshot: ClusterSnapshot): Evidence | undefined {
  const isEtcd = (name: string) => name === 'etcd' || name.startsWith('etcd-');
  const checks = [...(snapshot.health?.readyz ?? []), ...(snapshot.health?.livez ?? [])].filter((c) => isEtcd(c.name));
  if (checks.length === 0) return undefined;
  const failing = [...new Set(checks.filter((c) => !c.ok).map((c) => c.name))];
  if (failing.length > 0) return { status: 'down', reasons: [say('reason.etcdChecksFailing', nameList(failing))] };
  return { status: 'healthy', reasons: [say('reason.etcdOk')] };
}

/**
 * componentstatuses verdicts. Kubernetes fact: deprecated since v1.19; the scheduler and controller-manager
 * probes hit insecure ports kubeadm disables, so their failures are reported as `unknown`, never `down`.
 */
function componentStatusEvidence(snapshot: ClusterSnapshot, id: CoreControlPlaneId): Evidence | undefined {
  const pattern = COMPONENT_STATUS_NAME[id];
  const found = (snapshot.componentStatuses ?? []).filter((cs) => pattern?.test(cs?.metadata?.name ?? ''));
  if (!pattern || found.length === 0) return undefined;
  return combineEvidence(
    found.map((cs) => {
      const name = cs.metadata?.name ?? id;
      const healthy = cs.conditions?.find((c) => c?.type === 'Healthy');
      if (healthy?.status === 'True') return { status: 'healthy', reasons: [say('reason.componentStatusHealthy', { name })] };
      const why = headline(healthy?.message, 60);
      const status = id === 'etcd' ? 'down' : 'unknown';
      return { status, reasons: [why ? say('reason.componentStatusUnhealthyWhy', { name, why }) : say('reason.componentStatusUnhealthy', { name })] };
    }),
  );
}

/**
 * Leader election health. Kubernetes fact: the active kube-scheduler / kube-controller-manager renews
 * the Lease of the same name in kube-system every few seconds; a renewTime older than
 * leaseDurationSeconds means no instance is leading.
 */
function leaderLeaseEvidence(snapshot: ClusterSnapshot, id: CoreControlPlaneId, hasPods: boolean, now: number): Evidence | undefined {
  const lease = snapshot.leases.find((l) => l?.metadata?.name === id);
  if (!lease) return undefined;
  const holder = (lease.spec?.holderIdentity ?? '').split('_')[0] || 'nobody';
  const age = secondsSince(lease.spec?.renewTime, now);
  const duration = lease.spec?.leaseDurationSeconds ?? DEFAULT_LEADER_LEASE_SECONDS;
  if (age === undefined) return { status: 'unknown', reasons: [say('reason.leaseNoRenewTime')] };
  // Neither an age nor the renew time: a leader renews every 2 s, and the reason (and the overview's ETag)
  // must change when the leader or the health changes, not at every renewal.
  if (age <= duration) return { status: 'healthy', reasons: [say('reason.leaseHeld', { holder, duration })] };
  const reason = say('reason.leaseStale', { age, duration });
  return { status: hasPods ? 'degraded' : 'down', reasons: [reason] };
}

/**
 * Evidence for a core control-plane component besides its pods: readyz/livez for kube-apiserver and
 * etcd, leader Leases for kube-scheduler and kube-controller-manager, componentstatuses where served.
 * Undefined when nothing is known.
 */
export function controlPlaneEvidence(
  snapshot: ClusterSnapshot,
  id: CoreControlPlaneId,
  hasPods: boolean,
  now: number,
): Evidence | undefined {
  const parts: (Evidence | undefined)[] =
    id === 'kube-apiserver' ? [apiServerEvidence(snapshot)]
    : id === 'etcd' ? [etcdChecks(snapshot), componentStatusEvidence(snapshot, id)]
    : [leaderLeaseEvidence(snapshot, id, hasPods, now), hasPods ? undefined : componentStatusEvidence(snapshot, id)];
  return parts.some(Boolean) ? combineEvidence(parts) : undefined;
}

/**
 * What to say when nothing at all is known about a core control-plane component: its evidence is not
 * served (or not in a capture), or has not arrived yet.
 */
export function missingEvidenceReason(id: CoreControlPlaneId, snapshot?: ClusterSnapshot): Message {
  const why = snapshot?.unavailable ?? {};
  const short = (message: string) => message.replace(/\s*\(.*\)$/, '');
  if (id === 'kube-apiserver' || id === 'etcd') {
    if (why.readyz) return say('reason.readyzUnavailable', { why: short(why.readyz) });
    return say(id === 'etcd' ? 'reason.noReadyzOrComponentStatus' : 'reason.noReadyz');
  }
  return why.leases ? say('reason.leasesUnavailable', { why: short(why.leases) }) : say('reason.noLeaderLease');
}
