/**
 * The detail of components without pods of their own: kubelet as a summary of the Nodes, and the core
 * control plane's health sources (readyz/livez checks, leader Lease, componentstatuses). Pure.
 */
import type { ControlPlaneHealth, NodeRow, NodesInfo } from '@/lib/api/component';
import { controlPlaneLocation, DEFAULT_LEADER_LEASE_SECONDS, type CoreControlPlaneId } from '../control-plane';
import { compareNames, headline, secondsSince } from '../evidence';
import type { Node } from '../k8s';
import type { ClusterSnapshot, HealthCheck } from '../snapshot';

/** Nodes listed on the kubelet page; the rest are counted (the nodes page lists them all). */
export const MAX_NODE_ROWS = 100;
const ROLE_PREFIX = 'node-role.kubernetes.io/';

function tally(values: readonly string[]): { version: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v || 'unknown', (counts.get(v || 'unknown') ?? 0) + 1);
  return [...counts.entries()].map(([version, count]) => ({ version, count })).sort((a, b) => b.count - a.count);
}

function toNodeRow(node: Node, leaseAge: number | undefined): NodeRow {
  const ready = node.status?.conditions?.find((c) => c?.type === 'Ready');
  const isReady = ready?.status === 'True';
  const roles = Object.keys(node.metadata?.labels ?? {})
    .filter((k) => k.startsWith(ROLE_PREFIX))
    .map((k) => k.slice(ROLE_PREFIX.length) || 'node');
  const why = isReady ? undefined : headline(ready?.message) || ready?.reason || 'no Ready condition';
  return {
    name: node.metadata?.name ?? '',
    ready: isReady,
    ...(why ? { why } : {}),
    roles,
    kubeletVersion: node.status?.nodeInfo?.kubeletVersion ?? '',
    ...(leaseAge !== undefined ? { heartbeatAgeSeconds: leaseAge } : {}),
  };
}

/**
 * Nodes as the kubelet component shows them: counts, versions, and rows not-ready first.
 * Kubernetes fact: each kubelet renews `kube-node-lease/<node>` about every 10 s.
 */
export function nodesInfo(snapshot: ClusterSnapshot, now: number, cap = MAX_NODE_ROWS): NodesInfo {
  const leaseAge = new Map<string, number | undefined>();
  for (const lease of snapshot.nodeLeases) leaseAge.set(lease?.metadata?.name ?? '', secondsSince(lease?.spec?.renewTime, now));
  const nodes = snapshot.nodes.filter(Boolean);
  const rows = nodes.map((n) => toNodeRow(n, leaseAge.get(n.metadata?.name ?? '')));
  rows.sort((a, b) => Number(a.ready) - Number(b.ready) || compareNames(a.name, b.name));
  return {
    total: rows.length,
    ready: rows.filter((r) => r.ready).length,
    items: rows.slice(0, cap),
    kubeletVersions: tally(nodes.map((n) => n.status?.nodeInfo?.kubeletVersion ?? '')),
    runtimeVersions: tally(nodes.map((n) => n.status?.nodeInfo?.containerRuntimeVersion ?? '')),
  };
}

const COMPONENT_STATUS: Partial<Record<CoreControlPlaneId, RegExp>> = {
  etcd: /^etcd-\d+$/,
  'kube-scheduler': /^scheduler$/,
  'kube-controller-manager': /^controller-manager$/,
};

function checksFor(id: CoreControlPlaneId, checks: readonly HealthCheck[]): HealthCheck[] {
  const picked = id === 'kube-apiserver' ? checks : id === 'etcd' ? checks.filter((c) => c.name === 'etcd' || c.name.startsWith('etcd-')) : [];
  return [...picked].sort((a, b) => Number(a.ok) - Number(b.ok));
}

/**
 * Health evidence for a core control-plane component: readyz (or livez) checks for kube-apiserver and
 * etcd, the leader Lease for kube-scheduler and kube-controller-manager, componentstatuses, and where
 * it runs when kube-system shows no pod of it.
 */
export function controlPlaneHealth(snapshot: ClusterSnapshot, id: CoreControlPlaneId, hasPods: boolean, now: number): ControlPlaneHealth {
  const readyz = snapshot.health?.readyz ?? [];
  const livez = snapshot.health?.livez ?? [];
  const source = readyz.length > 0 ? 'readyz' : livez.length > 0 ? 'livez' : undefined;
  const checks = checksFor(id, source === 'readyz' ? readyz : livez).map((c) => ({ name: c.name, ok: c.ok, ...(c.message ? { message: c.message } : {}) }));
  const lease = snapshot.leases.find((l) => l?.metadata?.name === id);
  const duration = lease?.spec?.leaseDurationSeconds ?? DEFAULT_LEADER_LEASE_SECONDS;
  const age = secondsSince(lease?.spec?.renewTime, now);
  const pattern = COMPONENT_STATUS[id];
  return {
    ...(hasPods ? {} : { podlessNote: `No pods in kube-system: ${controlPlaneLocation(snapshot)}.` }),
    checks,
    ...(checks.length > 0 && source ? { checksSource: source } : {}),
    ...(lease && id !== 'kube-apiserver' && id !== 'etcd'
      ? {
          lease: {
            name: id,
            holder: (lease.spec?.holderIdentity ?? '').split('_')[0] || 'nobody',
            ...(age !== undefined ? { renewedSecondsAgo: age } : {}),
            durationSeconds: duration,
            isFresh: age !== undefined && age <= duration,
          },
        }
      : {}),
    componentStatuses: pattern
      ? (snapshot.componentStatuses ?? [])
          .filter((cs) => pattern.test(cs?.metadata?.name ?? ''))
          .map((cs) => {
            const healthy = cs.conditions?.find((c) => c?.type === 'Healthy');
            return { name: cs.metadata?.name ?? '', healthy: healthy?.status === 'True', ...(healthy?.message ? { message: healthy.message } : {}) };
          })
      : [],
  };
}
