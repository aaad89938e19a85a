/**
 * Builds the product's components and groups from a ClusterSnapshot: buckets of classified pods and
 * workloads, kubelet from Nodes, the core control plane even when it has no pods, each with a status.
 */
import type { Message } from '@/lib/api/message';
import { GROUP_IDS, type ComponentSummary, type GroupId, type GroupSummary, type Recognition, type WatchState } from '@/lib/api/types';
import { apiServiceEvidence } from './apiservice-evidence';
import { bucketsOf, emptyBucket, type Bucket, type TrackedWorkload } from './buckets';
import {
  controlPlaneEvidence,
  controlPlaneWhere,
  CORE_CONTROL_PLANE,
  missingEvidenceReason,
  type CoreControlPlaneId,
} from './control-plane';
import { daemonSetCoverage } from './daemonset-coverage';
import { combineEvidence, compareNames, type Evidence } from './evidence';
import { unavailableWhy } from './unavailable-why';
import type { DaemonSet, Job } from './k8s';
import { kubeletEvidence, toNodeSummary } from './kubelet';
import { buildCauseContext, type CauseContext } from './pod-cause';
import { comparePods, isLivePod, podEvidence, toPodSummary } from './pod-evidence';
import { english } from './english';
import { say } from './say';
import type { ClusterSnapshot } from './snapshot';

export const GROUP_NAMES: Record<GroupId, string> = {
  'control-plane': 'Control plane',
  node: 'Node components',
  'add-on': 'Add-ons',
  monitoring: 'Monitoring',
};

const WORKLOAD_PRIORITY = ['DaemonSet', 'Deployment', 'StatefulSet', 'static', 'ReplicaSet', 'Job', 'CronJob', 'Pod'];
const UNAVAILABLE: Partial<Record<WatchState, Message>> = {
  syncing: say('problem.syncing'),
  forbidden: say('problem.forbidden'),
  unserved: say('problem.unserved'),
  error: say('problem.error'),
};

/** Why a resource's list is unusable right now, from the cache's watch state, or undefined when it is fine. */
function unavailable(snapshot: ClusterSnapshot, resource: string): Message | undefined {
  const state = snapshot.watchStates?.[resource];
  const served = snapshot.unavailable?.[resource];
  if (state === 'unserved' && served) return unavailableWhy(served.replace(/\s*\(.*\)$/, ''));
  return state ? UNAVAILABLE[state] : undefined;
}

/** Evidence from a workload the snapshot lists but whose pods are not visible: its own status counts. */
function podlessWorkloadEvidence(w: TrackedWorkload): Evidence {
  const status = w.statusReady >= w.desired ? 'healthy' : w.statusReady === 0 ? 'down' : 'degraded';
  return { status, reasons: [say('reason.podlessWorkload', { kind: w.kind, name: w.name, ready: w.statusReady, desired: w.desired })] };
}

/** What every component's evidence is read against, built once per snapshot. */
interface EvidenceContext {
  causes: CauseContext;
  jobs: ReadonlyMap<string, Job>;
}

function evidenceContext(snapshot: ClusterSnapshot, now: number): EvidenceContext {
  const jobs = new Map<string, Job>();
  for (const job of snapshot.jobs ?? []) if (job?.metadata?.name) jobs.set(job.metadata.name, job);
  return { causes: buildCauseContext(snapshot.nodes ?? [], snapshot.events, now), jobs };
}

function bucketEvidence(bucket: Bucket, snapshot: ClusterSnapshot, context: EvidenceContext): Evidence | undefined {
  const parts: (Evidence | undefined)[] = [];
  let expected = 0;
  let explainedMissing = 0;
  const trackedPods = new Set<unknown>();
  for (const w of bucket.workloads) {
    for (const f of w.pods) trackedPods.add(f);
    if (w.pods.length === 0) {
      parts.push(podlessWorkloadEvidence(w));
      continue;
    }
    expected += w.desired;
    if (w.kind !== 'DaemonSet') continue;
    const coverage = daemonSetCoverage(w.object as DaemonSet, w.nodesWithPod, snapshot.nodes ?? []);
    if (coverage) {
      parts.push(coverage);
      explainedMissing += Math.max(0, w.desired - w.nodesWithPod.size);
    }
  }
  for (const f of bucket.pods) if (!trackedPods.has(f) && isLivePod(f)) expected++;
  parts.unshift(podEvidence(bucket.pods, expected, explainedMissing, context.causes, context.jobs));
  parts.push(apiServiceEvidence(bucket.pods.map((f) => f.pod), snapshot.services ?? [], snapshot.apiServices));
  return parts.some(Boolean) ? combineEvidence(parts) : undefined;
}

function coreEvidence(bucket: Bucket, id: CoreControlPlaneId, snapshot: ClusterSnapshot, context: EvidenceContext): Evidence {
  const hasPods = bucket.pods.length > 0;
  const extra = controlPlaneEvidence(snapshot, id, hasPods, context.causes.now);
  if (hasPods) return combineEvidence([bucketEvidence(bucket, snapshot, context), extra]);
  const podsProblem = unavailable(snapshot, 'pods');
  const noPods = podsProblem ? say('reason.podsUnavailable', { problem: podsProblem }) : say('reason.noPods', { where: controlPlaneWhere(snapshot) });
  if (!extra) return { status: 'unknown', reasons: [noPods, missingEvidenceReason(id, snapshot)] };
  return { status: extra.status, reasons: [...extra.reasons.slice(0, 2), noPods] };
}

function mainWorkloadKind(bucket: Bucket): string | undefined {
  const kinds = new Set<string>([...bucket.workloads.map((w) => w.kind), ...bucket.pods.map((f) => f.workload.kind)]);
  return WORKLOAD_PRIORITY.find((k) => kinds.has(k));
}

function toSummary(bucket: Bucket, evidence: Evidence): ComponentSummary {
  const pods = [...bucket.pods].sort(comparePods);
  const workload = mainWorkloadKind(bucket);
  return {
    id: bucket.id,
    name: bucket.name,
    group: bucket.group,
    status: evidence.status,
    reasons: evidence.reasons.map(english),
    reasonMessages: evidence.reasons,
    href: `/components/${encodeURIComponent(bucket.id)}`,
    ...(workload ? { workload } : {}),
    recognition: bucket.recognition,
    podCount: pods.length,
    readyCount: pods.filter((f) => f.isReady).length,
    restarts: pods.reduce((sum, f) => sum + f.restarts, 0),
    pods: pods.map(toPodSummary),
    nodes: [],
    nodeCount: 0,
    readyNodeCount: 0,
  };
}

function kubeletComponent(snapshot: ClusterSnapshot, now: number): ComponentSummary {
  const nodesProblem = unavailable(snapshot, 'nodes');
  const evidence: Evidence = nodesProblem
    ? { status: 'unknown', reasons: [say('reason.nodesUnavailable', { problem: nodesProblem })] }
    : kubeletEvidence(snapshot.nodes ?? [], snapshot.nodeLeases ?? [], now);
  const nodes = (snapshot.nodes ?? []).filter(Boolean).map(toNodeSummary);
  nodes.sort((a, b) => Number(a.ready) - Number(b.ready) || compareNames(a.name, b.name));
  const recognition: Recognition = { by: 'table', evidence: ['one per Node object (the node agent itself)'] };
  const summary = toSummary({ ...emptyBucket('kubelet'), name: 'kubelet', group: 'node', rank: 0, recognition }, evidence);
  return { ...summary, nodes, nodeCount: nodes.length, readyNodeCount: nodes.filter((node) => node.ready).length };
}

const GROUP_ORDER = new Map(GROUP_IDS.map((g, i) => [g, i]));
interface Ranked {
  summary: ComponentSummary;
  rank?: number;
}

function compareComponents(a: Ranked, b: Ranked): number {
  return (GROUP_ORDER.get(a.summary.group) ?? 9) - (GROUP_ORDER.get(b.summary.group) ?? 9)
    || (a.rank ?? 100) - (b.rank ?? 100)
    || compareNames(a.summary.name, b.summary.name);
}

/**
 * Every component of the cluster's kube-system with status and reasons, ordered by group, then a fixed
 * order within it (kube-apiserver, etcd, kube-scheduler, kube-controller-manager …; kubelet, kube-proxy,
 * the CNI …), then name. `now` is epoch ms, for lease and restart ages.
 * Kubernetes fact: managed clusters (EKS, GKE, AKS) and k3s run the control plane outside kube-system's
 * pods, so its four core components are always present, judged from readyz, Leases and componentstatuses.
 */
export function buildComponents(snapshot: ClusterSnapshot, now: number): ComponentSummary[] {
  // A copy: the snapshot's buckets are shared, and the core control plane is added here when it has no pods.
  const buckets = new Map(bucketsOf(snapshot));
  for (const id of CORE_CONTROL_PLANE) if (!buckets.has(id)) buckets.set(id, emptyBucket(id));
  const context = evidenceContext(snapshot, now);
  const ranked: Ranked[] = [];
  for (const bucket of buckets.values()) {
    const core = (CORE_CONTROL_PLANE as readonly string[]).includes(bucket.id);
    const evidence = core
      ? coreEvidence(bucket, bucket.id as CoreControlPlaneId, snapshot, context)
      : (bucketEvidence(bucket, snapshot, context) ?? { status: 'unknown', reasons: [say('reason.noPodsNoWorkload')] });
    ranked.push({ summary: toSummary(bucket, evidence), rank: bucket.rank });
  }
  ranked.push({ summary: kubeletComponent(snapshot, now), rank: 0 });
  ranked.sort(compareComponents);
  return ranked.map((r) => r.summary);
}

/** The four groups, in order and always all present (empty ones let the UI say "No add-ons detected"). */
export function groupComponents(components: readonly ComponentSummary[]): GroupSummary[] {
  return GROUP_IDS.map((id) => {
    const members = components.filter((c) => c.group === id);
    const status = members.length === 0 ? 'unknown' : combineEvidence(members.map((c) => ({ status: c.status, reasons: [] }))).status;
    return { id, name: GROUP_NAMES[id], status, components: members };
  });
}

/** Components of a snapshot grouped for the overview; see buildComponents. */
export function buildGroups(snapshot: ClusterSnapshot, now: number): GroupSummary[] {
  return groupComponents(buildComponents(snapshot, now));
}
