/** Builds Pod objects (spec and a kubelet-shaped status) and registers each pod's containers for logs and metrics. */
import type { KObject, OwnerReference } from '../types';
import { iso, meta, uidFor, type ContainerRec, type NodeRec, type PodRec, type World } from './model';
import { nextPodIp } from './nodes';
import { hashKey, hex, mulberry32, nameSuffix, rngFor } from './rand';

export type Json = Record<string, unknown>;

/** One container of a pod plan: its full spec plus what the simulation needs to animate it. */
export interface ContainerPlan {
  spec: Json & { name: string; image: string };
  profile: string;
  cpuMilli: number;
  memMi: number;
  memLimitMi?: number;
}

export interface PodPlan {
  name: string;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  owner: OwnerReference;
  node: NodeRec;
  created: number;
  hostNetwork?: boolean;
  /** Pod spec fields other than containers and nodeName (volumes, tolerations, priority …). */
  spec: Json;
  containers: ContainerPlan[];
  initContainers?: ContainerPlan[];
  /** Adds the projected `kube-api-access-<suffix>` volume the ServiceAccount admission plugin injects. */
  serviceAccount?: string;
}

/** containerd reports the repository digest it pulled; stable per image reference. */
const imageIds = new Map<string, string>();
export function imageId(image: string): string {
  let id = imageIds.get(image);
  if (!id) imageIds.set(image, (id = `${image.replace(/:[^:/]+$/, '')}@sha256:${hex(mulberry32(hashKey(7, image)), 64)}`));
  return id;
}

export function containerId(w: World, pod: string, container: string, instance: number): string {
  return `containerd://${hex(rngFor(w.seed, 'cid', pod, container, instance), 64)}`;
}

function kubeApiAccess(suffix: string): Json {
  return { name: `kube-api-access-${suffix}`, projected: PROJECTED_TOKEN };
}

/** The projected token volume's sources are the same in every pod; shared to keep 10,000 pods cheap. */
const PROJECTED_TOKEN: Json = {
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
  ],
};

function qosClass(plans: ContainerPlan[]): string {
  const res = plans.map((p) => (p.spec.resources ?? {}) as { requests?: Json; limits?: Json });
  if (res.every((r) => !r.requests && !r.limits)) return 'BestEffort';
  const guaranteed = res.every((r) => r.limits?.cpu && r.limits?.memory && (!r.requests || (r.requests.cpu === r.limits!.cpu && r.requests.memory === r.limits!.memory)));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function record(plan: ContainerPlan, startedAt: number, isInit: boolean): ContainerRec {
  return { name: plan.spec.name, profile: plan.profile, isInit, startedAt, restartCount: 0, cpuMilli: plan.cpuMilli, memMi: plan.memMi, memLimitMi: plan.memLimitMi };
}

/**
 * Build a running, ready pod on its node. Kubelet 1.31 reports the conditions PodReadyToStartContainers,
 * Initialized, Ready, ContainersReady and PodScheduled; init containers end `Completed` before the main ones start.
 */
export function buildPod(w: World, plan: PodPlan): KObject {
  const r = rngFor(w.seed, 'pod', plan.name);
  const ip = plan.hostNetwork ? plan.node.ip : nextPodIp(plan.node);
  const scheduled = plan.created + 1_000;
  const inits = plan.initContainers ?? [];
  const mainStart = scheduled + 2_000 + inits.length * 1_500 + Math.floor(r() * 3_000);
  const suffix = nameSuffix(r);
  const mount = plan.serviceAccount ? { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: `kube-api-access-${suffix}`, readOnly: true } : undefined;
  const withMount = (c: ContainerPlan) => (mount ? { ...c.spec, volumeMounts: [...((c.spec.volumeMounts as Json[]) ?? []), mount] } : c.spec);
  const volumes = [...((plan.spec.volumes as Json[]) ?? []), ...(plan.serviceAccount ? [kubeApiAccess(suffix)] : [])];

  const rec: PodRec = {
    name: plan.name, uid: uidFor(w, 'Pod', plan.name), node: plan.node, ip, labels: plan.labels, isRunning: true,
    containers: [...inits.map((c, i) => record(c, scheduled + 2_000 + i * 1_500, true)), ...plan.containers.map((c) => record(c, mainStart, false))],
  };
  w.pods.push(rec);
  w.podsByName.set(rec.name, rec);

  const cond = (type: string, at: number) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: iso(at) });
  const readyAt = mainStart + 3_000 + Math.floor(r() * 8_000);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(w, 'Pod', plan.name, plan.created, {
      generateName: plan.owner.kind === 'Node' ? undefined : plan.name.slice(0, -5),
      labels: plan.labels, annotations: plan.annotations, ownerReferences: [plan.owner], uid: rec.uid,
    }),
    spec: {
      ...plan.spec,
      ...(inits.length ? { initContainers: inits.map(withMount) } : {}),
      containers: plan.containers.map(withMount),
      ...(volumes.length ? { volumes } : {}),
      nodeName: plan.node.name,
      ...(plan.serviceAccount ? { serviceAccount: plan.serviceAccount, serviceAccountName: plan.serviceAccount } : {}),
      ...(plan.hostNetwork ? { hostNetwork: true } : {}),
    },
    status: {
      phase: 'Running',
      conditions: [cond('PodReadyToStartContainers', scheduled + 1_500), cond('Initialized', mainStart - 500), cond('Ready', readyAt), cond('ContainersReady', readyAt), cond('PodScheduled', scheduled)],
      hostIP: plan.node.ip, hostIPs: [{ ip: plan.node.ip }], podIP: ip, podIPs: [{ ip }],
      startTime: iso(scheduled),
      ...(inits.length ? { initContainerStatuses: inits.map((c, i) => initStatus(w, plan.name, c, rec.containers[i])) } : {}),
      containerStatuses: plan.containers.map((c) => runningStatus(w, plan.name, c.spec, mainStart, 0)),
      qosClass: qosClass([...inits, ...plan.containers]),
    },
  };
}

function initStatus(w: World, pod: string, c: ContainerPlan, rec: ContainerRec): Json {
  return {
    name: c.spec.name, image: c.spec.image, imageID: imageId(c.spec.image), containerID: containerId(w, pod, c.spec.name, 0),
    ready: true, restartCount: 0, started: false, lastState: {},
    state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: iso(rec.startedAt), finishedAt: iso(rec.startedAt + 1_000), containerID: containerId(w, pod, c.spec.name, 0) } },
  };
}

/** A containerStatuses entry for a running, ready container instance. */
export function runningStatus(w: World, pod: string, spec: { name: string; image: string }, startedAt: number, restartCount: number): Json {
  return {
    name: spec.name, image: spec.image, imageID: imageId(spec.image), containerID: containerId(w, pod, spec.name, restartCount),
    ready: true, started: true, restartCount, lastState: {}, state: { running: { startedAt: iso(startedAt) } },
  };
}
