/**
 * Which nodes a DaemonSet should cover and lacks a pod on, named in a short reason
 * ("kube-proxy missing on 2 of 40 nodes: w-7, w-9"); pure, linear in the number of nodes.
 */
import type { DaemonSet, Node, NodeSelectorRequirement, PodSpec, Toleration } from './k8s';
import { compareNames, nameList, type Evidence } from './evidence';
import { say } from './say';

/**
 * Taints the DaemonSet controller tolerates on every DaemonSet pod (pkg/controller/daemon/util), so a
 * NotReady, cordoned or pressured node still counts as one the DaemonSet covers.
 */
const AUTO_TOLERATED = new Set([
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
  'node.kubernetes.io/disk-pressure',
  'node.kubernetes.io/memory-pressure',
  'node.kubernetes.io/pid-pressure',
  'node.kubernetes.io/unschedulable',
  'node.kubernetes.io/network-unavailable',
]);

function tolerates(tolerations: readonly Toleration[], taint: { key?: string; value?: string; effect?: string }): boolean {
  if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') return true;
  if (taint.key && AUTO_TOLERATED.has(taint.key)) return true;
  return tolerations.some((t) => {
    if (t?.effect && t.effect !== taint.effect) return false;
    if (t?.operator === 'Exists') return !t.key || t.key === taint.key;
    return t?.key === taint.key && (t?.value ?? '') === (taint.value ?? '');
  });
}

function matchesRequirement(labels: Record<string, string>, req: NodeSelectorRequirement): boolean {
  const value = req.key ? labels[req.key] : undefined;
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In': return value !== undefined && values.includes(value);
    case 'NotIn': return value === undefined || !values.includes(value);
    case 'Exists': return value !== undefined;
    case 'DoesNotExist': return value === undefined;
    default: return true;
  }
}

/**
 * Whether a DaemonSet's pod template can land on a node: nodeSelector, required node affinity (terms
 * ORed, expressions ANDed) and NoSchedule/NoExecute taints against the template's tolerations.
 */
export function daemonSetTargetsNode(spec: PodSpec | null | undefined, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  for (const [key, value] of Object.entries(spec?.nodeSelector ?? {})) if (labels[key] !== value) return false;
  const terms = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const usable = terms.filter((t) => (t?.matchExpressions ?? []).length > 0);
  if (usable.length > 0 && !usable.some((t) => (t.matchExpressions ?? []).every((r) => matchesRequirement(labels, r ?? {})))) {
    return false;
  }
  const tolerations = spec?.tolerations ?? [];
  return (node.spec?.taints ?? []).every((taint) => tolerates(tolerations, taint ?? {}));
}

/**
 * Nodes a DaemonSet should run on but has no live pod on. The count comes from the DaemonSet's own
 * `status.desiredNumberScheduled` (the controller's verdict); nodes are named only when our reading of
 * selectors and taints finds exactly that many, so a name is never a guess.
 * Kubernetes fact: the DaemonSet controller schedules one pod per eligible node, cordoned nodes included.
 */
export function daemonSetCoverage(
  ds: DaemonSet,
  nodesWithPod: ReadonlySet<string>,
  nodes: readonly Node[],
): Evidence | undefined {
  const name = ds.metadata?.name ?? 'DaemonSet';
  const reported = ds.status?.desiredNumberScheduled;
  if (reported !== undefined && nodesWithPod.size >= reported) return undefined;
  const spec = ds.spec?.template?.spec;
  const lacking: string[] = [];
  let eligible = 0;
  for (const node of nodes) {
    if (!daemonSetTargetsNode(spec, node)) continue;
    eligible++;
    const nodeName = node.metadata?.name;
    if (nodeName && !nodesWithPod.has(nodeName)) lacking.push(nodeName);
  }
  const desired = ds.status?.desiredNumberScheduled ?? eligible;
  const missing = Math.max(0, desired - nodesWithPod.size);
  if (missing === 0 || desired === 0) return undefined;
  lacking.sort(compareNames);
  const reason =
    lacking.length === missing
      ? say('reason.daemonSetMissingOn', { name, missing, desired, ...nameList(lacking) })
      : say('reason.daemonSetMissing', { name, missing, desired });
  return { status: missing >= desired ? 'down' : 'degraded', reasons: [reason] };
}
