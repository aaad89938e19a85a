/**
 * The `kubelet` component: one NodeSummary per Node, health from each Node's Ready condition and its
 * heartbeat Lease in kube-node-lease.
 */
import type { NodeSummary } from '@/lib/api/types';
import type { Message } from '@/lib/api/message';
import { compareNames, headline, nameList, readyCount, type Evidence } from './evidence';
import { say } from './say';
import type { Lease, Node } from './k8s';

/** The kubelet's default node lease duration (`--node-lease-duration-seconds` → 40 s). */
export const DEFAULT_NODE_LEASE_SECONDS = 40;

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
function notReadyReason(node: Node): Message {
  const name = node.metadata?.name ?? '?';
  const ready = node.status?.conditions?.find((c) => c?.type === 'Ready');
  if (!ready) return say('reason.nodeNoReadyCondition', { node: name });
  const why = headline(ready.message) || headline(ready.reason);
  return why ? say('reason.nodeNotReadyWhy', { node: name, why }) : say('reason.nodeNotReady', { node: name });
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
  if (nodes.length === 0) return { status: 'unknown', reasons: [say('reason.noNodes')] };
  const leases = new Map<string, Lease>();
  for (const lease of nodeLeases) if (lease?.metadata?.name) leases.set(lease.metadata.name, lease);
  const notReady: Node[] = [];
  const stale: { node: string; reason: Message }[] = [];
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    if (!toNodeSummary(node).ready) {
      notReady.push(node);
      continue;
    }
    const lease = leases.get(name);
    const s = lease ? staleLeaseSeconds(lease, now) : undefined;
    if (!s) continue;
    const reason = say('reason.nodeLeaseStale', { node: name, age: s.age, duration: s.duration });
    stale.push({ node: name, reason });
  }
  const readyNodes = nodes.length - notReady.length;
  const summary = readyCount(readyNodes, nodes.length, 'node');
  if (notReady.length === 0 && stale.length === 0) return { status: 'healthy', reasons: [summary] };
  notReady.sort((a, b) => compareNames(a.metadata?.name ?? '', b.metadata?.name ?? ''));
  const reasons =
    notReady.length <= 2
      ? notReady.map(notReadyReason)
      : [
          say('reason.nodesNotReady', { count: notReady.length, total: nodes.length, ...nameList(notReady.map((n) => n.metadata?.name ?? '?')) }),
          notReadyReason(notReady[0]!),
        ];
  stale.sort((a, b) => compareNames(a.node, b.node));
  const room = 3 - reasons.length;
  if (stale.length <= room) reasons.push(...stale.map((s) => s.reason));
  else if (room > 0) {
    reasons.push(say('reason.nodeLeasesExpired', { count: stale.length, ...nameList(stale.map((s) => s.node), 3) }));
  }
  return { status: readyNodes === 0 ? 'down' : 'degraded', reasons: reasons.slice(0, 3) };
}
