/**
 * Per-node coverage of a DaemonSet, summarised for any cluster size: how many nodes run a ready pod,
 * and the others counted by reason (NotReady node, pod CrashLoopBackOff, taint not tolerated …) with
 * the first few names of each. Pure; linear in nodes + pods.
 */
import type { CoverageGroup, DaemonSetCoverage } from '@/lib/api/component';
import { daemonSetTargetsNode } from '../daemonset-coverage';
import { compareNames } from '../evidence';
import type { DaemonSet, Node, PodSpec } from '../k8s';
import { isLivePod, type PodFacts } from '../pod-evidence';

/** Node names listed per reason; the rest are counted. */
export const COVERAGE_NAMES_PER_REASON = 10;

function isNodeReady(node: Node): boolean {
  return node.status?.conditions?.find((c) => c?.type === 'Ready')?.status === 'True';
}

/** Why a DaemonSet's template cannot land on a node: the first untolerated taint, else its node selection. */
export function exclusionReason(spec: PodSpec | null | undefined, node: Node): string {
  for (const taint of node.spec?.taints ?? []) {
    const probe: Node = { metadata: node.metadata, spec: { taints: [taint] } };
    if (!daemonSetTargetsNode({ tolerations: spec?.tolerations }, probe)) {
      return `taint ${taint?.key ?? '?'}${taint?.value ? `=${taint.value}` : ''}:${taint?.effect ?? ''} not tolerated`;
    }
  }
  return Object.keys(spec?.nodeSelector ?? {}).length > 0 ? 'nodeSelector does not match' : 'node affinity does not match';
}

class Groups {
  private readonly byReason = new Map<string, string[]>();
  add(reason: string, node: string) {
    const list = this.byReason.get(reason);
    if (list) list.push(node);
    else this.byReason.set(reason, [node]);
  }
  toArray(cap: number): CoverageGroup[] {
    return [...this.byReason.entries()]
      .map(([reason, nodes]) => ({ reason, count: nodes.length, nodes: nodes.sort(compareNames).slice(0, cap) }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }
}

/**
 * Coverage of one DaemonSet over all nodes. `pods` are the DaemonSet's pods (any node).
 * Kubernetes fact: the DaemonSet controller wants one pod on every node its template's nodeSelector,
 * required node affinity and tolerations admit; NotReady and cordoned nodes still count.
 */
export function summarizeCoverage(
  ds: DaemonSet,
  pods: readonly PodFacts[],
  nodes: readonly Node[],
  cap = COVERAGE_NAMES_PER_REASON,
): DaemonSetCoverage {
  const spec = ds.spec?.template?.spec;
  const podByNode = new Map<string, PodFacts>();
  for (const f of pods) {
    if (!isLivePod(f) || !f.node) continue;
    const seen = podByNode.get(f.node);
    if (!seen || (!seen.isReady && f.isReady)) podByNode.set(f.node, f);
  }
  const lacking = new Groups();
  const notTargeted = new Groups();
  let eligible = 0;
  let scheduled = 0;
  let ready = 0;
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    if (!daemonSetTargetsNode(spec, node)) {
      notTargeted.add(exclusionReason(spec, node), name);
      continue;
    }
    eligible++;
    const pod = podByNode.get(name);
    if (pod) scheduled++;
    if (pod?.isReady) {
      ready++;
      continue;
    }
    if (!isNodeReady(node)) lacking.add(pod ? 'node NotReady' : 'node NotReady, no pod', name);
    else if (!pod) lacking.add(node.spec?.unschedulable ? 'no pod (node cordoned)' : 'no pod created', name);
    else lacking.add(`pod ${pod.display}`, name);
  }
  return {
    name: ds.metadata?.name ?? '',
    desired: ds.status?.desiredNumberScheduled ?? eligible,
    scheduled,
    ready,
    lacking: lacking.toArray(cap),
    notTargeted: notTargeted.toArray(cap),
    totalNodes: nodes.length,
  };
}
