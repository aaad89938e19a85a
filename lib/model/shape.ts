/**
 * Places a kube-system workload that no knowledge table names into one of the guide's four groups by
 * its shape and evidence (how it runs, what it runs, where), and says why in words. Pure.
 */
import type { Message } from '@/lib/api/message';
import type { GroupId, RecognitionKind } from '@/lib/api/types';
import type { DaemonSet, Node, Pod, Service } from './k8s';
import { mainContainer, monitoringSigns, nameWords } from './monitoring-signals';
import { isControlPlaneNode, nodeRoles } from './node-roles';
import { english } from './english';
import { listMessages, say } from './say';
import type { Workload } from './workload';

export interface Placement {
  group: GroupId;
  by: Exclude<RecognitionKind, 'table'>;
  evidence: string[];
  /** The same evidence as messages, for the UI in the reader's language. */
  evidenceMessages: Message[];
}

export interface ShapeContext {
  /** Node objects the snapshot lists (0 when nodes are not visible). */
  nodeCount: number;
  controlPlaneNodes: ReadonlySet<string>;
  /** DaemonSet name → `status.desiredNumberScheduled`. */
  daemonSetDesired: ReadonlyMap<string, number>;
  services: readonly Service[];
  /** Nodes running a pod of the workload `Kind/name`; computed over all pods on first use. */
  nodesOfWorkload(key: string): ReadonlySet<string>;
}

const TIER_LABEL = 'tier';
/** Words that name the control plane's own components (kube-apiserver, etcd, kube-scheduler, kube-controller-manager). */
const CONTROL_PLANE_WORDS = new Set(['apiserver', 'etcd', 'scheduler']);
const CONTROLLER_MANAGER = /controller-manager/;
/** Images of the Kubernetes CSI sidecars: node-driver-registrar runs beside node plugins, the others beside controllers. */
const CSI_NODE_SIDECAR = /(^|[/-])(node-)?driver-registrar$/;
const CSI_CONTROLLER_SIDECAR = /(^|\/)csi-(provisioner|attacher|resizer|snapshotter)$/;
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);
const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);
/** Host ports of an HTTP entry point: a DaemonSet holding them on every node is an ingress or a service load balancer. */
const HTTP_HOST_PORTS = new Set([80, 443]);

/**
 * What placement needs from the snapshot, indexed once per build.
 * Kubernetes fact: kubeadm marks control-plane nodes with the `node-role.kubernetes.io/control-plane` label.
 */
export function buildShapeContext(
  snapshot: { nodes?: readonly Node[] | null; daemonSets?: readonly DaemonSet[] | null; services?: readonly Service[] | null; pods?: readonly Pod[] | null },
  workloadOf: (pod: Pod) => Workload,
): ShapeContext {
  const nodes = (snapshot.nodes ?? []).filter(Boolean);
  const controlPlaneNodes = new Set(
    nodes.filter((n) => isControlPlaneNode(nodeRoles(n.metadata?.labels))).map((n) => n.metadata?.name ?? ''),
  );
  const daemonSetDesired = new Map<string, number>();
  for (const ds of snapshot.daemonSets ?? []) {
    const name = ds?.metadata?.name;
    if (name && typeof ds.status?.desiredNumberScheduled === 'number') daemonSetDesired.set(name, ds.status.desiredNumberScheduled);
  }
  let byWorkload: Map<string, Set<string>> | undefined;
  const nodesOfWorkload = (key: string): ReadonlySet<string> => {
    if (!byWorkload) {
      byWorkload = new Map();
      for (const pod of snapshot.pods ?? []) {
        const node = pod?.spec?.nodeName;
        if (!node) continue;
        const w = workloadOf(pod);
        const k = `${w.kind}/${w.name}`;
        const set = byWorkload.get(k) ?? new Set<string>();
        set.add(node);
        byWorkload.set(k, set);
      }
    }
    return byWorkload.get(key) ?? new Set();
  };
  return { nodeCount: nodes.length, controlPlaneNodes, daemonSetDesired, services: snapshot.services ?? [], nodesOfWorkload };
}

function imagePaths(pod: Pod): string[] {
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  return containers.map((c) => (c?.image ?? '').toLowerCase().split('@')[0].replace(/:[^:/]*$/, '')).filter(Boolean);
}

function isPrivileged(pod: Pod): boolean {
  return (pod.spec?.containers ?? []).some((c) => c?.securityContext?.privileged === true);
}

/** `host network`, `privileged`: how close to the node the pod runs. */
function hostAccess(pod: Pod): Message[] {
  return [pod.spec?.hostNetwork ? say('shape.hostNetwork') : undefined, isPrivileged(pod) ? say('shape.privileged') : undefined].filter((m): m is Message => Boolean(m));
}

/** A placement with its evidence as messages and, for the API, in English. */
function place(group: GroupId, by: Placement['by'], evidence: Message[]): Placement {
  return { group, by, evidence: evidence.map(english), evidenceMessages: evidence };
}

function httpHostPorts(pod: Pod): number[] {
  const ports = (pod.spec?.containers ?? []).flatMap((c) => c?.ports ?? []).map((p) => p?.hostPort);
  return [...new Set(ports.filter((p): p is number => p !== undefined && HTTP_HOST_PORTS.has(p)))].sort((a, b) => a - b);
}

function daemonSetSpread(workload: Workload, ctx: ShapeContext): Message {
  const desired = ctx.daemonSetDesired.get(workload.name);
  const nodes = ctx.nodeCount;
  if (nodes === 0) return say('shape.daemonSet');
  if (desired !== undefined) return desired >= nodes ? say('shape.daemonSetEveryNode') : say('shape.daemonSetOn', { desired, nodes });
  const running = ctx.nodesOfWorkload(`${workload.kind}/${workload.name}`).size;
  return running >= nodes ? say('shape.daemonSetEveryNode') : say('shape.daemonSetSome', { running, nodes });
}

/**
 * Pods of another controller (Datadog's ExtendedDaemonSet, OpenKruise …) on every node, like a DaemonSet's.
 * Deployments and Jobs are left out: two replicas on a two-node cluster cover every node by chance.
 */
function isOnEveryNode(workload: Workload, ctx: ShapeContext): boolean {
  if (REPLICATED.has(workload.kind) || RUN_TO_COMPLETION.has(workload.kind)) return false;
  return ctx.nodeCount >= 2 && ctx.nodesOfWorkload(`${workload.kind}/${workload.name}`).size >= ctx.nodeCount;
}

function serviceOf(pod: Pod, ctx: ShapeContext): string | undefined {
  const labels = pod.metadata?.labels ?? {};
  for (const svc of ctx.services) {
    const entries = Object.entries(svc?.spec?.selector ?? {});
    if (entries.length > 0 && entries.every(([k, v]) => labels[k] === v)) return svc.metadata?.name;
  }
  return undefined;
}

/** How the workload runs, in a few words: `DaemonSet on every node`, `Deployment behind Service x`, `static pod on node n`. */
function describeShape(pod: Pod, workload: Workload, ctx: ShapeContext): Message {
  if (workload.kind === 'DaemonSet') return daemonSetSpread(workload, ctx);
  if (workload.kind === 'static') return say('shape.staticOn', { node: pod.spec?.nodeName || 'unknown' });
  if (RUN_TO_COMPLETION.has(workload.kind)) return say('shape.runsToCompletion', { kind: workload.kind });
  if (workload.kind === 'Pod') return say('shape.barePod');
  const kind = REPLICATED.has(workload.kind) ? say('shape.kind', { kind: workload.kind }) : say('shape.ownedBy', { kind: workload.kind, name: workload.name });
  const service = serviceOf(pod, ctx);
  return service ? say('shape.behindService', { shape: kind, service }) : kind;
}

function hasControlPlaneName(pod: Pod, workload: Workload): string | undefined {
  const names = [workload.name, pod.metadata?.labels?.component ?? ''];
  return names.find((name) => CONTROL_PLANE_WORDS.has(name) || nameWords(name).some((w) => CONTROL_PLANE_WORDS.has(w)) || CONTROLLER_MANAGER.test(name));
}

/**
 * A CSI driver's node plugin (node group) or controller (add-on): by the CSI sidecars it runs, else by a
 * `csi` word in its workload name and whether that workload is a DaemonSet.
 * Kubernetes fact: node plugins run node-driver-registrar on every node; controllers run the external
 * provisioner/attacher/resizer/snapshotter sidecars in a Deployment or StatefulSet.
 */
export function placeCsiDriver(pod: Pod, workload: Workload, ctx: ShapeContext): Placement | undefined {
  const images = imagePaths(pod);
  const isNodeSidecar = images.some((i) => CSI_NODE_SIDECAR.test(i));
  const isControllerSidecar = images.some((i) => CSI_CONTROLLER_SIDECAR.test(i));
  const hasCsiName = workload.kind !== 'Pod' && nameWords(workload.name).some((w) => w.endsWith('csi'));
  if (!isNodeSidecar && !isControllerSidecar && !hasCsiName) return undefined;
  const isNodePlugin = isNodeSidecar || (!isControllerSidecar && workload.kind === 'DaemonSet');
  const sign = say(isNodeSidecar ? 'shape.csiRegistrar' : isControllerSidecar ? 'shape.csiSidecars' : 'shape.csiName');
  return isNodePlugin
    ? place('node', 'shape', [say('shape.csiNodePlugin', { sign }), describeShape(pod, workload, ctx)])
    : place('add-on', 'shape', [say('shape.csiController', { sign }), describeShape(pod, workload, ctx)]);
}

/** A Job or CronJob named after a control-plane component (an etcd backup) looks after the control plane. */
function placeRunToCompletion(pod: Pod, workload: Workload, ctx: ShapeContext, access: Message[]): Placement {
  const name = hasControlPlaneName(pod, workload);
  if (name) return place('control-plane', 'shape', [say('shape.namedControlPlane', { name }), describeShape(pod, workload, ctx)]);
  return place('add-on', 'shape', [describeShape(pod, workload, ctx), ...access]);
}

function placeStatic(pod: Pod, workload: Workload, ctx: ShapeContext): Placement {
  const shape = describeShape(pod, workload, ctx);
  const name = hasControlPlaneName(pod, workload);
  if (name) return place('control-plane', 'shape', [say('shape.staticNamedControlPlane', { name }), shape]);
  const node = pod.spec?.nodeName ?? '';
  if (ctx.controlPlaneNodes.has(node)) return place('control-plane', 'shape', [say('shape.staticOnControlPlane', { node })]);
  return place('node', 'shape', [say('shape.kubeletManifest', { shape })]);
}

/**
 * The group of a workload no table recognises. Rules, first match wins:
 * 1. labelled `tier=control-plane` → control plane (kubeadm and self-hosted control planes set it);
 * 2. metrics, logging or alerting signs (monitoring-signals.ts) → monitoring, before the node rule, so a
 *    log-shipper or exporter DaemonSet is monitoring, not a node component;
 * 3. a static pod → control plane when named like a control-plane component or on a control-plane node,
 *    else a node component;
 * 4. a CSI node plugin → node, a CSI controller → add-on;
 * 5. a DaemonSet holding host port 80 or 443 → add-on (an ingress or service load balancer, k3s svclb);
 *    any other DaemonSet, or another controller's pods on every node → node (a per-node agent);
 * 6. a Job or CronJob named like a control-plane component (an etcd backup) → control plane; other
 *    Jobs, Deployments, StatefulSets and any other controller's pods → add-on (serving the cluster);
 * 7. a bare pod with host network or privileged → node; with nothing to go by → add-on, unrecognised.
 */
export function placeByShape(pod: Pod, workload: Workload, ctx: ShapeContext): Placement {
  const shape = () => describeShape(pod, workload, ctx);
  if (pod.metadata?.labels?.[TIER_LABEL] === 'control-plane') {
    return place('control-plane', 'shape', [say('shape.tierControlPlane'), shape()]);
  }
  const signs = monitoringSigns(pod, workload.kind === 'Pod' ? (pod.metadata?.name ?? '') : workload.name);
  if (signs.length > 0) return place('monitoring', 'shape', [...signs, shape()]);
  if (workload.kind === 'static') return placeStatic(pod, workload, ctx);
  const csi = placeCsiDriver(pod, workload, ctx);
  if (csi) return csi;
  const access = hostAccess(pod);
  if (workload.kind === 'DaemonSet') {
    const http = httpHostPorts(pod);
    if (http.length > 0) return place('add-on', 'shape', [say('shape.hostPort', { shape: shape(), ports: http.join(', ') })]);
    return place('node', 'shape', [shape(), ...access]);
  }
  if (workload.kind !== 'Pod' && isOnEveryNode(workload, ctx)) {
    return place('node', 'shape', [say('shape.everyNode', { count: ctx.nodeCount }), shape(), ...access]);
  }
  if (RUN_TO_COMPLETION.has(workload.kind)) return placeRunToCompletion(pod, workload, ctx, access);
  if (workload.kind !== 'Pod') return place('add-on', 'shape', [shape(), ...access]);
  if (access.length > 0) return place('node', 'shape', [say('shape.bareWith', { access: listMessages(access) })]);
  const image = mainContainer(pod)?.image;
  return place('add-on', 'unrecognised', [image ? say('shape.unknownBareImage', { image }) : say('shape.unknownBare')]);
}
