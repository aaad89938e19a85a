/** Core v1 Events in kube-system: the builder, the backlog of the last hour (a Grafana rollout, a controller-manager restart), and the API server's 1 h TTL. */
import type { KObject } from '../types';
import { HOUR_MS, NAMESPACE, iso, type World } from './model';
import { eventManagedFields } from './ownership-live';
import { rngFor } from './rand';

/** kube-apiserver deletes events an hour after their last update (--event-ttl=1h). */
export const EVENT_TTL_MS = HOUR_MS;

export interface EventSpec {
  object: { kind: string; name: string; uid?: string; apiVersion?: string; fieldPath?: string; namespace?: string };
  reason: string;
  message: string;
  type?: 'Normal' | 'Warning';
  component: string;
  host?: string;
  first: number;
  last?: number;
  count?: number;
}

/** The recorder names events `<object>.<unix nanoseconds in hex>`, unique per first occurrence. */
export function eventName(w: World, spec: EventSpec): string {
  const jitter = BigInt(Math.floor(rngFor(w.seed, 'ev', spec.object.name, spec.reason, spec.first)() * 1_000_000));
  return `${spec.object.name}.${(BigInt(Math.floor(spec.first)) * 1_000_000n + jitter).toString(16)}`;
}

/** A core/v1 Event as client-go's event recorder writes it (count and first/last timestamps, no eventTime). */
export function buildEvent(w: World, spec: EventSpec): KObject {
  const name = eventName(w, spec);
  const o = spec.object;
  const event: KObject = {
    apiVersion: 'v1', kind: 'Event',
    metadata: { name, namespace: NAMESPACE, creationTimestamp: iso(spec.first) },
    involvedObject: { apiVersion: o.apiVersion ?? 'v1', kind: o.kind, name: o.name, namespace: o.namespace ?? NAMESPACE, ...(o.uid ? { uid: o.uid } : {}), ...(o.fieldPath ? { fieldPath: o.fieldPath } : {}) },
    reason: spec.reason, message: spec.message, type: spec.type ?? 'Normal',
    source: { component: spec.component, ...(spec.host ? { host: spec.host } : {}) },
    firstTimestamp: iso(spec.first), lastTimestamp: iso(spec.last ?? spec.first), count: spec.count ?? 1,
    eventTime: null, reportingComponent: spec.component, reportingInstance: spec.host ?? '',
  };
  event.metadata.managedFields = eventManagedFields(w, event);
  return event;
}

const podRef = (pod: KObject, container?: string) => ({ kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid, ...(container ? { fieldPath: `spec.containers{${container}}` } : {}) });
const host = (pod: KObject) => (pod.spec as { nodeName: string }).nodeName;

/** Scheduled → Pulling → Pulled → Created → Started for a new pod's first container, as scheduler and kubelet report them. */
export function podStartEvents(pod: KObject, at: number, image: string, container: string): EventSpec[] {
  return [
    { object: podRef(pod), reason: 'Scheduled', message: `Successfully assigned ${NAMESPACE}/${pod.metadata.name} to ${host(pod)}`, component: 'default-scheduler', first: at },
    { object: podRef(pod, container), reason: 'Pulling', message: `Pulling image "${image}"`, component: 'kubelet', host: host(pod), first: at + 900 },
    { object: podRef(pod, container), reason: 'Pulled', message: `Successfully pulled image "${image}" in 6.812s (6.812s including waiting). Image size 131587342 bytes.`, component: 'kubelet', host: host(pod), first: at + 7_700 },
    { object: podRef(pod, container), reason: 'Created', message: `Created container ${container}`, component: 'kubelet', host: host(pod), first: at + 7_800 },
    { object: podRef(pod, container), reason: 'Started', message: `Started container ${container}`, component: 'kubelet', host: host(pod), first: at + 8_100 },
  ];
}

/** The rollout of a Deployment to a new ReplicaSet at `at`, scaling the old one down once the new pod is ready. */
export function rolloutEvents(deploy: KObject, newRs: KObject, oldRs: KObject, pod: KObject, oldPod: string, at: number, container: string, image: string): EventSpec[] {
  const d = { kind: 'Deployment', apiVersion: 'apps/v1', name: deploy.metadata.name, uid: deploy.metadata.uid };
  const rsRef = (rs: KObject) => ({ kind: 'ReplicaSet', apiVersion: 'apps/v1', name: rs.metadata.name, uid: rs.metadata.uid });
  return [
    { object: d, reason: 'ScalingReplicaSet', message: `Scaled up replica set ${newRs.metadata.name} to 1`, component: 'deployment-controller', first: at },
    { object: rsRef(newRs), reason: 'SuccessfulCreate', message: `Created pod: ${pod.metadata.name}`, component: 'replicaset-controller', first: at + 100 },
    ...podStartEvents(pod, at + 150, image, container),
    { object: d, reason: 'ScalingReplicaSet', message: `Scaled down replica set ${oldRs.metadata.name} to 0 from 1`, component: 'deployment-controller', first: at + 19_000 },
    { object: rsRef(oldRs), reason: 'SuccessfulDelete', message: `Deleted pod: ${oldPod}`, component: 'replicaset-controller', first: at + 19_100 },
    { object: { kind: 'Pod', name: oldPod, fieldPath: `spec.containers{${container}}` }, reason: 'Killing', message: `Stopping container ${container}`, component: 'kubelet', host: host(pod), first: at + 19_200 },
  ];
}

/** A static pod's container restarted in place by the kubelet (image already present), and the leader election that followed. */
export function restartEvents(pod: KObject, container: string, image: string, at: number): EventSpec[] {
  return [
    { object: podRef(pod, container), reason: 'Pulled', message: `Container image "${image}" already present on machine`, component: 'kubelet', host: host(pod), first: at },
    { object: podRef(pod, container), reason: 'Created', message: `Created container ${container}`, component: 'kubelet', host: host(pod), first: at + 100 },
    { object: podRef(pod, container), reason: 'Started', message: `Started container ${container}`, component: 'kubelet', host: host(pod), first: at + 400 },
  ];
}

export function leaderElectionEvent(lease: string, holder: string, at: number): EventSpec {
  return { object: { kind: 'Lease', apiVersion: 'coordination.k8s.io/v1', name: lease }, reason: 'LeaderElection', message: `${holder} became leader`, component: lease, first: at };
}

/** True when the API server would already have deleted this event at `now`. */
export function isExpired(event: KObject, now: number): boolean {
  return Date.parse(String(event.lastTimestamp)) + EVENT_TTL_MS < now;
}
