/**
 * Node findings: NotReady and pressure conditions, heartbeats (node Leases) not renewed, kube-proxy or
 * the CNI DaemonSet not covering every node it should, and "no CNI while nodes say the network plugin
 * is not ready" (the state of a fresh kubeadm cluster before a CNI is applied).
 */
import type { Finding } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import type { Bucket } from '../buckets';
import { KNOWN_COMPONENTS } from '../classify';
import { daemonSetCoverage } from '../daemonset-coverage';
import type { Condition, DaemonSet, Node } from '../k8s';
import { DEFAULT_NODE_LEASE_SECONDS } from '../kubelet';
import { moment, say } from '../say';
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

/** `Ready=False (KubeletNotReady) since <time>: <the kubelet's message>`; the condition's words stay as they are. */
function describeCondition(c: Condition): Message {
  return say('finding.nodes.condition', {
    condition: `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`,
    since: c.lastTransitionTime || 'none',
    message: c.message || 'none',
  });
}

function conditionFindings(nodes: readonly Node[]): Finding[] {
  const out: Finding[] = [];
  for (const node of nodes) {
    const name = nodeName(node);
    const ready = readyCondition(node);
    const commands = [`kubectl describe node ${name}`, `kubectl get node ${name} -o wide`];
    if (ready?.status !== 'True') {
      const heartbeat = ready?.lastHeartbeatTime ? moment(ready.lastHeartbeatTime) : undefined;
      const isNetwork = NETWORK_NOT_READY.test(ready?.message ?? '');
      out.push(finding({
        id: `nodes/not-ready:${name}`,
        severity: 'critical',
        title: say('finding.nodes.notReady', { node: name, reason: ready?.reason || 'none' }),
        evidence: [
          ready ? describeCondition(ready) : say('finding.nodes.noReadyCondition'),
          ...(heartbeat ? [say('finding.nodes.heartbeat', { at: heartbeat })] : []),
        ],
        subject: subjects.node(name),
        nextSteps: isNetwork ? [say('finding.nodes.cniStep')] : [say('finding.nodes.unknownStep'), say('finding.nodes.evictionStep')],
        commands,
      }));
    }
    const pressures = (node.status?.conditions ?? []).filter((c) => c && PRESSURE.includes(c.type ?? '') && c.status === 'True');
    if (pressures.length > 0) {
      out.push(finding({
        id: `nodes/pressure:${name}`,
        severity: 'warning',
        title: say('finding.nodes.pressure', { node: name, conditions: pressures.map((c) => c.type).join(', ') }),
        evidence: pressures.map(describeCondition),
        subject: subjects.node(name),
        nextSteps: [say('finding.nodes.pressureStep')],
        commands,
      }));
    }
  }
  return out;
}

function heartbeatFindings(snapshot: ClusterSnapshot, now: number): Finding[] {
  const commands = ['kubectl -n kube-node-lease get leases'];
  const problem = unreadable(snapshot, 'nodeLeases', 'kube-node-lease');
  if (problem || snapshot.nodeLeases.length === 0) {
    return [couldNotCheck('nodes', 'heartbeat', say('finding.what.heartbeats'), problem ?? say('finding.nodes.noLeases'), commands)];
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
    const at = moment(renewed)!;
    out.push(finding({
      id: `nodes/stale-heartbeat:${nodeName(node)}`,
      severity: 'warning',
      title: say('finding.nodes.staleHeartbeat', { node: nodeName(node), at }),
      evidence: [say('finding.nodes.leaseRenewed', { node: nodeName(node), at, duration }), say('finding.nodes.stillReady')],
      subject: subjects.node(nodeName(node)),
      nextSteps: [say('finding.nodes.leaseStep')],
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
        title: say('finding.nodes.coverage', { name: bucket.name }),
        evidence: gap.reasons,
        subject: subjects.component(bucket.id),
        nextSteps: [say('finding.nodes.coverageStep')],
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
    title: say('finding.nodes.noCni'),
    evidence: [
      ...affected.slice(0, 3).map((n) => say('finding.nodes.nodeMessage', { node: nodeName(n), message: String(readyCondition(n)?.message) })),
      say('finding.nodes.noCniPods'),
    ],
    subject: subjects.cluster(),
    nextSteps: [say('finding.nodes.installCniStep'), say('finding.nodes.operatorStep')],
    commands: ['kubectl get nodes -o wide', `kubectl ${NS} get daemonsets`, 'kubectl get pods -A -o wide | grep -iE "calico|cilium|flannel|weave"'],
  })];
}

/** Findings about nodes; see the module header. */
export function nodeFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const problem = unreadable(snapshot, 'nodes', '');
  if (problem) return [couldNotCheck('nodes', 'nodes', say('finding.what.nodes'), problem, ['kubectl get nodes'])];
  if (snapshot.nodes.length === 0) return [];
  const buckets = [...bucketsOf(snapshot).values()];
  const cni = buckets.filter((b) => CNI_COMPONENT_IDS.has(b.id));
  const proxy = buckets.filter((b) => b.id === 'kube-proxy');
  return [
    ...conditionFindings(snapshot.nodes),
    ...heartbeatFindings(snapshot, context.now),
    ...coverageFindings(snapshot, [...proxy, ...cni]),
    ...noCniFindings(snapshot, cni),
  ];
}
