/**
 * The `kubelet` component: one NodeSummary per Node, health from each Node's Ready condition and its
 * heartbeat Lease in kube-node-lease.
 */
import type { NodeSummary } from '@/lib/api/types';
import { compareNames, headline, listNames, readyCountText, type Evidence } from './evidence';
import type { Lease, Node } from './k8s';

/** The kubelet's default node lease duration (`--node-lease-duration-seconds` → 40 s). */
export const DEFAULT_NODE_LEASE_SECONDS = 40;
const NUMBER = (n: number) => n.toLocaleString('en-US');

/** A Node as the DTO shows it. Kubernetes fact: readiness is the `Ready` condition being `True` (Unknown counts as not ready). */
export function toNodeSummary(node: Node): NodeSummary {
  const ready = node.status?.conditions?.find((c) => c?.type === 'Ready');
  return {
    name: node.metadata?.name ?? '',
    ready: ready?.status === 'True',
    kubeletVersion: node.status?.nodeInfo?.kubeletVersion ?? '',
  };
}

/** "node w-3 NotReady: container runtime network not ready", from the Ready condition. */
function notReadyReason(node: Node): string {
  const name = node.metadata?.name ?? '?';
  const ready = node.status?.conditions?.find((c) => c?.type === 'Ready');
  if (!ready) return `node ${name} reports no Ready condition`;
  const why = headline(ready.message) || headline(ready.reason);
  return `node ${name} NotReady${why ? `: ${why}` : ''}`;
}

/** Seconds since a node's lease was renewed beyond its duration, or undefined when it is fresh. */
function staleLeaseSeconds(lease: Lease, now: number): { age: number; duration: number } | undefined {
  const renewed = lease.spec?.renewTime ? Date.parse(lease.spec.renewTime) : NaN;
  if (Number.isNaN(renewed)) return undefined;
  const duration = lease.spec?.leaseDurationSeconds ?? DEFAULT_NODE_LEASE_SECONDS;
  const age = Math.round((now - renewed) / 1000);
  return age > duration ? { age, duration } : undefined;
}

/**
 * Kubelet health over all Nodes: down when no node is Ready, degraded when some are NotReady or a
 * Ready node's heartbeat Lease has expired (the node controller marks it Unknown only after the grace
 * period). Kubernetes fact: kubelets renew `kube-node-lease/<node>` every ~10 s; the Ready condition
 * message carries the kubelet's own explanation (runtime, network, PLEG).
 */
export function kubeletEvidence(nodes: readonly Node[], nodeLeases: readonly Lease[], now: number): Evidence {
  if (nodes.length === 0) return { status: 'unknown', reasons: ['no Node objects visible'] };
  const leases = new Map<string, Lease>();
  for (const lease of nodeLeases) if (lease?.metadata?.name) leases.set(lease.metadata.name, lease);
  const notReady: Node[] = [];
  const stale: { node: string; reason: string }[] = [];
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    if (!toNodeSummary(node).ready) {
      notReady.push(node);
      continue;
    }
    const lease = leases.get(name);
    const s = lease ? staleLeaseSeconds(lease, now) : undefined;
    if (!s) continue;
    const reason = `node ${name} heartbeat lease not renewed for ${NUMBER(s.age)} s (duration ${s.duration} s)`;
    stale.push({ node: name, reason });
  }
  const readyCount = nodes.length - notReady.length;
  const summary = readyCountText(readyCount, nodes.length, 'node');
  if (notReady.length === 0 && stale.length === 0) return { status: 'healthy', reasons: [summary] };
  notReady.sort((a, b) => compareNames(a.metadata?.name ?? '', b.metadata?.name ?? ''));
  const reasons =
    notReady.length <= 2
      ? notReady.map(notReadyReason)
      : [
          `${NUMBER(notReady.length)} of ${NUMBER(nodes.length)} nodes NotReady: ${listNames(notReady.map((n) => n.metadata?.name ?? '?'))}`,
          notReadyReason(notReady[0]!),
        ];
  stale.sort((a, b) => compareNames(a.node, b.node));
  const room = 3 - reasons.length;
  if (stale.length <= room) reasons.push(...stale.map((s) => s.reason));
  else if (room > 0) {
    const names = listNames(stale.map((s) => s.node), 3);
    reasons.push(`heartbeat leases of ${NUMBER(stale.length)} Ready nodes expired: ${names}`);
  }
  return { status: readyCount === 0 ? 'down' : 'degraded', reasons: reasons.slice(0, 3) };
}
