/**
 * Node findings: NotReady and pressure conditions, heartbeats (node Leases) not renewed, kube-proxy or
 * the CNI DaemonSet not covering every node it should, and "no CNI while nodes say the network plugin
 * is not ready" (the state of a fresh kubeadm cluster before a CNI is applied).
 */
import type { Finding } from '@/lib/api/findings';
import type { Bucket } from '../buckets';
import { KNOWN_COMPONENTS } from '../classify';
import { daemonSetCoverage } from '../daemonset-coverage';
import { humanDuration } from '../duration';
import type { Condition, DaemonSet, Node } from '../k8s';
import { DEFAULT_NODE_LEASE_SECONDS } from '../kubelet';
import { english } from '../say';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, couldNotCheck, findingsOf, NS, subjects, unreadable, type FindingsContext } from './context';

const finding = findingsOf('nodes');
/** CNI plugins the model knows (the node group's rank-2 components: Calico, Cilium, Flannel, kindnet, aws-node …). */
export const CNI_COMPONENT_IDS: ReadonlySet<string> = new Set(KNOWN_COMPONENTS.filter((k) => k.group === 'node' && k.rank === 2).map((k) => k.id));
const PRESSURE = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'];
/** The kubelet's Ready message when no CNI config is installed (containerd: "cni plugin not initialized"). */
const NETWORK_NOT_READY = /NetworkReady=false|network plugin (is )?not ready|cni plugin not initialized|cni config uninitialized/i;

const nodeName = (node: Node) => node.metadata?.name ?? '?';
const readyCondition = (node: Node) => node.status?.conditions?.find((c) => c?.type === 'Ready');

function describeCondition(c: Condition): string {
  const since = c.lastTransitionTime ? ` since ${c.lastTransitionTime}` : '';
  return `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}${since}${c.message ? `: ${c.message}` : ''}`;
}

function conditionFindings(nodes: readonly Node[], context: FindingsContext): Finding[] {
  const out: Finding[] = [];
  for (const node of nodes) {
    const name = nodeName(node);
    const ready = readyCondition(node);
    const commands = [`kubectl describe node ${name}`, `kubectl get node ${name} -o wide`];
    if (ready?.status !== 'True') {
      const heartbeat = ready?.lastHeartbeatTime ? Date.parse(ready.lastHeartbeatTime) : NaN;
      const isNetwork = NETWORK_NOT_READY.test(ready?.message ?? '');
      out.push(finding({
        id: `nodes/not-ready:${name}`,
        severity: 'critical',
        title: `Node ${name} is NotReady${ready?.reason ? ` (${ready.reason})` : ''}`,
        evidence: [
          ready ? describeCondition(ready) : 'no Ready condition reported',
          ...(Number.isNaN(heartbeat) ? [] : [`last kubelet heartbeat in the condition ${humanDuration(context.now - heartbeat)} ago (${ready!.lastHeartbeatTime})`]),
        ],
        subject: subjects.node(name),
        nextSteps: isNetwork
          ? ['The kubelet says the network plugin is not ready: install or repair the CNI (its DaemonSet must run on this node).']
          : [
              'Ready=Unknown means the node stopped posting status: check the machine, the kubelet (`journalctl -u kubelet`) and the container runtime.',
              'Pods on a NotReady node are evicted after the toleration period (5 minutes by default).',
            ],
        commands,
      }));
    }
    const pressures = (node.status?.conditions ?? []).filter((c) => c && PRESSURE.includes(c.type ?? '') && c.status === 'True');
    if (pressures.length > 0) {
      out.push(finding({
        id: `nodes/pressure:${name}`,
        severity: 'warning',
        title: `Node ${name} reports ${pressures.map((c) => c.type).join(', ')}`,
        evidence: pressures.map(describeCondition),
        subject: subjects.node(name),
        nextSteps: ['Under pressure the kubelet evicts pods (kube-system ones too, lowest priority first); free memory or disk, or add capacity.'],
        commands,
      }));
    }
  }
  return out;
}

function heartbeatFindings(snapshot: ClusterSnapshot, now: number): Finding[] {
  const commands = ['kubectl -n kube-node-lease get leases'];
  const problem = unreadable(snapshot, 'nodeLeases');
  if (problem || snapshot.nodeLeases.length === 0) {
    const why = problem ? problem.replace('kube-system', 'kube-node-lease').replace(/^nodeLeases /, 'node Leases ') : 'no node Leases visible in kube-node-lease';
    return [couldNotCheck('nodes', 'heartbeat', 'node heartbeats', why, commands)];
  }
  const leases = new Map(snapshot.nodeLeases.map((l) => [l?.metadata?.name ?? '', l]));
  const out: Finding[] = [];
  for (const node of snapshot.nodes) {
    if (readyCondition(node)?.status !== 'True') continue;
    const lease = leases.get(nodeName(node));
    const renewed = Date.parse(lease?.spec?.renewTime ?? '');
    if (!lease || Number.isNaN(renewed)) continue;
    const duration = lease.spec?.leaseDurationSeconds ?? DEFAULT_NODE_LEASE_SECONDS;
    const age = Math.round((now - renewed) / 1000);
    if (age <= duration) continue;
    out.push(finding({
      id: `nodes/stale-heartbeat:${nodeName(node)}`,
      severity: 'warning',
      title: `Node ${nodeName(node)}'s heartbeat is ${humanDuration(age * 1000)} old`,
      evidence: [`Lease kube-node-lease/${nodeName(node)} renewed ${lease.spec?.renewTime} (${age} s ago, duration ${duration} s)`, 'the node still reports Ready; the node controller marks it Unknown after its grace period'],
      subject: subjects.node(nodeName(node)),
      nextSteps: ['The kubelet renews its Lease every ~10 s; a stale one means the kubelet is stuck or cannot reach the API server.'],
      commands: [...commands, `kubectl -n kube-node-lease get lease ${nodeName(node)} -o yaml`],
    }));
  }
  return out;
}

function coverageFindings(snapshot: ClusterSnapshot, buckets: Bucket[]): Finding[] {
  const out: Finding[] = [];
  for (const bucket of buckets) {
    for (const w of bucket.workloads) {
      if (w.kind !== 'DaemonSet') continue;
      const gap = daemonSetCoverage(w.object as DaemonSet, w.nodesWithPod, snapshot.nodes);
      if (!gap) continue;
      out.push(finding({
        id: `nodes/coverage:${w.name}`,
        severity: gap.status === 'down' ? 'critical' : 'warning',
        title: `${bucket.name} does not cover every node`,
        evidence: gap.reasons.map(english),
        subject: subjects.component(bucket.id),
        nextSteps: ['A node without kube-proxy or the CNI agent cannot route Service traffic or give pods a network; look at the DaemonSet\'s events and its pods on those nodes.'],
        commands: [`kubectl ${NS} get daemonset ${w.name} -o wide`, `kubectl ${NS} describe daemonset ${w.name}`],
      }));
    }
  }
  return out;
}

function noCniFindings(snapshot: ClusterSnapshot, cni: Bucket[]): Finding[] {
  const affected = snapshot.nodes.filter((n) => readyCondition(n)?.status !== 'True' && NETWORK_NOT_READY.test(readyCondition(n)?.message ?? ''));
  if (affected.length === 0 || cni.some((b) => b.pods.length > 0)) return [];
  return [finding({
    id: 'nodes/no-cni',
    severity: 'critical',
    title: 'No CNI plugin found while nodes report the network plugin not ready',
    evidence: [
      ...affected.slice(0, 3).map((n) => `node ${nodeName(n)}: ${readyCondition(n)?.message}`),
      'no pods of a known CNI (Calico, Cilium, Flannel, Weave, kindnet, aws-node, Azure CNI, Antrea, kube-router) in kube-system',
    ],
    subject: subjects.cluster(),
    nextSteps: [
      'Install a CNI plugin: nodes stay NotReady and pods stay Pending or ContainerCreating until one runs.',
      'If the CNI is installed by an operator in its own namespace (e.g. calico-system), check that namespace.',
    ],
    commands: ['kubectl get nodes -o wide', `kubectl ${NS} get daemonsets`, 'kubectl get pods -A -o wide | grep -iE "calico|cilium|flannel|weave"'],
  })];
}

/** Findings about nodes; see the module header. */
export function nodeFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const problem = unreadable(snapshot, 'nodes');
  if (problem) return [couldNotCheck('nodes', 'nodes', 'the nodes', problem.replace(' in kube-system', ''), ['kubectl get nodes'])];
  if (snapshot.nodes.length === 0) return [];
  const buckets = [...bucketsOf(snapshot).values()];
  const cni = buckets.filter((b) => CNI_COMPONENT_IDS.has(b.id));
  const proxy = buckets.filter((b) => b.id === 'kube-proxy');
  return [
    ...conditionFindings(snapshot.nodes, context),
    ...heartbeatFindings(snapshot, context.now),
    ...coverageFindings(snapshot, [...proxy, ...cni]),
    ...noCniFindings(snapshot, cni),
  ];
}
