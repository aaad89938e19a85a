/**
 * Who wrote each object of the built world, as a real kubeadm cluster records it: `managedFields` per
 * writer (kubeadm, `kubectl apply`, Helm, kube-controller-manager, the kubelet, Calico, kube-apiserver),
 * `kubectl.kubernetes.io/last-applied-configuration` on what was applied with kubectl, Helm's release
 * annotations, and Calico's pod IP annotations. Runs once over the finished objects, in place.
 */
import type { KObject } from '../types';
import { LEAF, entry, fieldsOf, intern, itemsOf, lastApplied, omit, type ManagedFieldsEntry } from './managed-fields';
import { hex, rngFor } from './rand';
import type { World } from './model';

type Json = Record<string, unknown>;
type Installer = 'kubeadm' | 'kubectl' | 'helm' | 'kube-controller-manager' | 'kube-apiserver';

/** kubeadm's own add-ons (`kubeadm init` phase addon) and uploaded configs. */
const KUBEADM = new Set(['coredns', 'kube-proxy', 'kube-dns', 'kubeadm-config', 'kubelet-config']);
/** Helm releases in kube-system: release name by object name. */
const HELM_RELEASE: Readonly<Record<string, string>> = { 'prometheus-server': 'prometheus', alertmanager: 'prometheus', grafana: 'grafana' };
/** ConfigMaps kube-apiserver keeps itself. */
const APISERVER_CONFIGMAPS = new Set(['extension-apiserver-authentication', 'kube-apiserver-legacy-service-account-token-tracking']);
/** The ServiceAccounts of add-ons (everything else in kube-system is a controller's, created by kube-controller-manager). */
const ADDON_ACCOUNTS = new Set(['coredns', 'kube-proxy', 'calico-node', 'calico-cni-plugin', 'calico-kube-controllers', 'metrics-server', 'kubernetes-dashboard', 'ingress-nginx', 'ingress-nginx-admission', 'prometheus-server', 'alertmanager', 'grafana']);

function installerOf(o: KObject): Installer {
  const name = o.metadata.name;
  if (o.kind === 'ReplicaSet' || o.kind === 'Endpoints' || o.kind === 'EndpointSlice') return 'kube-controller-manager';
  if (o.kind === 'ConfigMap' && name === 'kube-root-ca.crt') return 'kube-controller-manager';
  if (o.kind === 'ConfigMap' && APISERVER_CONFIGMAPS.has(name)) return 'kube-apiserver';
  if (o.kind === 'ServiceAccount' && !ADDON_ACCOUNTS.has(name)) return 'kube-controller-manager';
  if (o.kind === 'APIService' && o.metadata.labels?.['kube-aggregator.kubernetes.io/automanaged']) return 'kube-apiserver';
  if (KUBEADM.has(name)) return 'kubeadm';
  if (name in HELM_RELEASE) return 'helm';
  return 'kubectl';
}

const MANAGER: Readonly<Record<Installer, string>> = {
  kubeadm: 'kubeadm', kubectl: 'kubectl-client-side-apply', helm: 'helm', 'kube-controller-manager': 'kube-controller-manager', 'kube-apiserver': 'kube-apiserver',
};

const ms = (t: unknown) => (typeof t === 'string' ? Date.parse(t) : Number.NaN);

/** The latest timestamp among status conditions, or `fallback`. */
function lastStatusChange(o: KObject, fallback: number): number {
  const conditions = (((o.status as Json | undefined)?.conditions ?? []) as Json[]);
  const times = conditions.flatMap((c) => [ms(c.lastUpdateTime), ms(c.lastTransitionTime)]).filter((t) => !Number.isNaN(t));
  return times.length ? Math.max(...times) : fallback;
}

/** The kubelet's last status change: the latest condition transition (RFC 3339 strings of one format order as times). */
function latestTransition(status: Json, fallback: string): string {
  let latest = fallback;
  for (const c of (status.conditions ?? []) as Json[]) if (typeof c.lastTransitionTime === 'string' && c.lastTransitionTime > latest) latest = c.lastTransitionTime;
  return latest;
}

/** The fields an object's writer sent: metadata it set, and everything but status and server-set metadata. */
function writtenParts(o: KObject): Json {
  const metadata = o.metadata;
  const rest = omit(o, 'apiVersion', 'kind', 'metadata', 'status');
  const meta: Json = {};
  for (const key of ['annotations', 'labels', 'ownerReferences', 'generateName'] as const) if (metadata[key] !== undefined) meta[key] = metadata[key];
  if (o.kind === 'Service') rest.spec = { ...(rest.spec as Json), clusterIP: undefined, clusterIPs: undefined };
  return { metadata: meta, ...rest };
}

/** Helm's ownership marks: the managed-by label and the release annotations Helm 3 checks before an upgrade. */
function markHelm(o: KObject): void {
  o.metadata.labels = { ...o.metadata.labels, 'app.kubernetes.io/managed-by': 'Helm' };
  o.metadata.annotations = { ...o.metadata.annotations, 'meta.helm.sh/release-name': HELM_RELEASE[o.metadata.name], 'meta.helm.sh/release-namespace': 'kube-system' };
}

/** managedFields of a non-pod object: its installer's write, and kube-controller-manager's or kube-apiserver's status. */
function objectEntries(w: World, o: KObject, installer: Installer): ManagedFieldsEntry[] {
  const created = ms(o.metadata.creationTimestamp);
  const out: ManagedFieldsEntry[] = [];
  const written = writtenParts(o);
  if (o.kind === 'Deployment') {
    // The deployment controller writes the revision annotation; the installer never sent it.
    const annotations = omit(o.metadata.annotations ?? {}, 'deployment.kubernetes.io/revision');
    (written.metadata as Json).annotations = Object.keys(annotations).length ? annotations : undefined;
  }
  out.push(entry(MANAGER[installer], o.apiVersion, created, intern(w, fieldsOf(written))));
  if (o.kind === 'Deployment') {
    out.push(entry('kube-controller-manager', o.apiVersion, created + 1_000, intern(w, fieldsOf({ metadata: { annotations: { 'deployment.kubernetes.io/revision': '' } } }))));
  }
  const status = o.status as Json | undefined;
  if (status && Object.keys(status).length && o.kind !== 'Service') {
    const writer = o.kind === 'APIService' ? 'kube-apiserver' : 'kube-controller-manager';
    out.push(entry(writer, o.apiVersion, Math.max(lastStatusChange(o, created + 60_000), created + 2_000), intern(w, fieldsOf({ status })), 'status'));
  }
  return out;
}

/** What a pod's creator sent: the template, without what admission (token volume, priority) and the scheduler (nodeName) added. */
function templatePart(pod: KObject): Json {
  const spec = pod.spec as Json;
  const isTokenMount = (m: Json) => m.mountPath === '/var/run/secrets/kubernetes.io/serviceaccount';
  const containers = (list: unknown) => (list as Json[] | undefined)?.map((c) => ({ ...c, volumeMounts: ((c.volumeMounts as Json[] | undefined) ?? []).filter((m) => !isTokenMount(m)) }));
  const volumes = ((spec.volumes as Json[] | undefined) ?? []).filter((v) => !String(v.name).startsWith('kube-api-access-'));
  return {
    ...spec, priority: undefined, preemptionPolicy: undefined, nodeName: undefined,
    containers: containers(spec.containers), initContainers: containers(spec.initContainers), volumes: volumes.length ? volumes : undefined,
  };
}

/** Calico's CNI plugin annotates every pod it wires: the sandbox container ID and the pod's IPs. */
const CALICO_FIELDS: Json = { 'f:metadata': { 'f:annotations': { '.': LEAF, 'f:cni.projectcalico.org/containerID': LEAF, 'f:cni.projectcalico.org/podIP': LEAF, 'f:cni.projectcalico.org/podIPs': LEAF } } };
const IP_ITEM: Json = { '.': LEAF, 'f:ip': LEAF };

/** The kubelet's status writes (subresource `status`): every condition but PodScheduled, statuses, IPs, phase, start time. */
function kubeletStatusFields(w: World, status: Json, cache: Map<string, Json>): Json {
  const conditions = ((status.conditions ?? []) as Json[]).filter((c) => c.type !== 'PodScheduled');
  let signature = '';
  for (const c of conditions) signature += `${c.type}${c.reason ? '+r' : ''}${c.message ? '+m' : ''},`;
  let conditionSet = cache.get(signature);
  if (!conditionSet) {
    cache.set(signature, (conditionSet = intern(w, itemsOf('conditions', conditions))));
  }
  return {
    'f:status': {
      'f:conditions': conditionSet, 'f:containerStatuses': LEAF, 'f:hostIP': LEAF, 'f:hostIPs': LEAF,
      ...(status.initContainerStatuses ? { 'f:initContainerStatuses': LEAF } : {}),
      'f:phase': LEAF, 'f:podIP': LEAF, 'f:podIPs': { '.': LEAF, [`k:{"ip":${JSON.stringify(status.podIP)}}`]: IP_ITEM }, 'f:startTime': LEAF,
    },
  };
}

/** A pod's writers: its controller (or the kubelet, for a mirror pod), Calico for pod-network pods, and the kubelet's status. */
function ownPod(w: World, pod: KObject, creatorSets: Map<string, Json>, conditionSets: Map<string, Json>): void {
  const owner = pod.metadata.ownerReferences?.[0];
  const spec = pod.spec as Json;
  const status = pod.status as Json;
  const created = String(pod.metadata.creationTimestamp);
  const entries: ManagedFieldsEntry[] = [];
  if (owner?.kind === 'Node') {
    const meta = { annotations: pod.metadata.annotations, labels: pod.metadata.labels, ownerReferences: pod.metadata.ownerReferences };
    entries.push(entry('kubelet', 'v1', created, intern(w, fieldsOf({ metadata: meta, spec: { ...spec, priority: undefined, preemptionPolicy: undefined } }))));
  } else {
    const key = owner?.uid ?? pod.metadata.name;
    let set = creatorSets.get(key);
    if (!set) {
      const meta = { annotations: pod.metadata.annotations, generateName: pod.metadata.generateName, labels: pod.metadata.labels, ownerReferences: pod.metadata.ownerReferences };
      creatorSets.set(key, (set = intern(w, fieldsOf({ metadata: meta, spec: templatePart(pod) }))));
    }
    entries.push(entry(owner ? 'kube-controller-manager' : 'kubectl-create', 'v1', created, set));
  }
  const started = String(status.startTime);
  if (spec.hostNetwork !== true && typeof status.podIP === 'string') {
    const ip = `${status.podIP}/32`;
    pod.metadata.annotations = {
      ...pod.metadata.annotations, 'cni.projectcalico.org/containerID': hex(rngFor(w.seed, 'sandbox', pod.metadata.name), 64),
      'cni.projectcalico.org/podIP': ip, 'cni.projectcalico.org/podIPs': ip,
    };
    entries.push(entry('calico', 'v1', started, CALICO_FIELDS));
  }
  entries.push(entry('kubelet', 'v1', latestTransition(status, started), kubeletStatusFields(w, status, conditionSets), 'status'));
  pod.metadata.managedFields = entries;
}

/** Fill in managedFields (and the annotations that go with them) on every object the world built, in place. */
export function recordOwnership(w: World, objects: KObject[]): void {
  const creatorSets = new Map<string, Json>();
  const conditionSets = new Map<string, Json>();
  for (const o of objects) {
    if (o.metadata.managedFields) continue;
    if (o.kind === 'Pod') {
      ownPod(w, o, creatorSets, conditionSets);
      continue;
    }
    if (o.kind === 'Event' || o.kind === 'ComponentStatus' || o.kind === 'Node' || o.kind === 'Lease') continue;
    const installer = installerOf(o);
    if (installer === 'helm') markHelm(o);
    if (installer === 'kubectl') o.metadata.annotations = { ...o.metadata.annotations, 'kubectl.kubernetes.io/last-applied-configuration': lastApplied(o) };
    o.metadata.managedFields = objectEntries(w, o, installer);
  }
}
