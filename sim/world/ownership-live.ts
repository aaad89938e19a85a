/**
 * managedFields of the objects the ticker rebuilds (Nodes, Leases, Events), as their writers leave them:
 * kubeadm, the kubelet, kube-controller-manager and calico-node on a Node; the holder on a Lease; the
 * reporting component on an Event. Built once per object and reused by every rebuild, so a heartbeat
 * costs no new sets.
 */
import type { KObject } from '../types';
import { LEAF, entry, fieldsOf, intern, itemsOf, omit, type ManagedFieldsEntry } from './managed-fields';
import type { NodeRec, World } from './model';

type Json = Record<string, unknown>;

function cached(w: World, key: string, build: () => ManagedFieldsEntry[]): ManagedFieldsEntry[] {
  let found = w.liveFields.get(key);
  if (!found) w.liveFields.set(key, (found = build()));
  return found;
}

const keysOf = (record: unknown): Json => Object.fromEntries(Object.keys((record ?? {}) as Json).map((k) => [k, '']));

/**
 * A Node's writers: kubeadm (cri-socket annotation, control-plane labels), the kubelet (its labels, then
 * its status), kube-controller-manager (TTL annotation, pod CIDRs), calico-node (its annotations and the
 * NetworkUnavailable condition). Kubernetes fact: the kubelet and calico-node write status through the
 * `status` subresource, which managedFields records since 1.22.
 */
export function nodeManagedFields(w: World, node: NodeRec, obj: KObject): ManagedFieldsEntry[] {
  return cached(w, `Node/${node.name}`, () => {
    const sets = nodeSets(w, node, obj);
    const conditions = ((obj.status as Json).conditions ?? []) as Json[];
    // The writers' times are the node's own: created, the kubelet's conditions, Calico's NetworkUnavailable.
    const at = (type: string) => String(conditions.find((c) => c.type === type)?.lastTransitionTime ?? obj.metadata.creationTimestamp);
    const created = String(obj.metadata.creationTimestamp);
    return [
      entry('kubeadm', 'v1', created, sets.kubeadm as Json),
      entry('kubelet', 'v1', created, sets.kubelet as Json),
      entry('kube-controller-manager', 'v1', at('MemoryPressure'), {
        'f:metadata': sets.controllerManager,
        'f:spec': { 'f:podCIDR': LEAF, 'f:podCIDRs': { '.': LEAF, [`v:${JSON.stringify(node.podCidr)}`]: LEAF } },
      }),
      entry('calico-node', 'v1', at('NetworkUnavailable'), sets.calico as Json),
      entry('calico-node', 'v1', at('NetworkUnavailable'), sets.calicoStatus as Json, 'status'),
      entry('kubelet', 'v1', at('Ready'), sets.kubeletStatus as Json, 'status'),
    ];
  });
}

/** The sets every control-plane node (or every worker) shares: all but kube-controller-manager's pod CIDRs. */
function nodeSets(w: World, node: NodeRec, obj: KObject): Json {
  const key = `node-sets/${node.isControlPlane ? 'control-plane' : 'worker'}`;
  let sets = w.fieldSets.get(key);
  if (sets) return sets;
  const labels = obj.metadata.labels ?? {};
  const annotations = obj.metadata.annotations ?? {};
  const status = obj.status as Json;
  const conditions = (status.conditions ?? []) as Json[];
  const pick = (record: Record<string, string>, keys: string[]) => Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, '']));
  const kubeadmLabels = pick(labels, ['node-role.kubernetes.io/control-plane', 'node.kubernetes.io/exclude-from-external-load-balancers']);
  sets = {
    kubeadm: fieldsOf({
      metadata: { annotations: pick(annotations, ['kubeadm.alpha.kubernetes.io/cri-socket']), ...(Object.keys(kubeadmLabels).length ? { labels: kubeadmLabels } : {}) },
      // kubeadm taints the control-plane node it marks (mark-control-plane phase).
      ...(node.isControlPlane ? { spec: { taints: [] } } : {}),
    }),
    kubelet: fieldsOf({
      metadata: {
        annotations: pick(annotations, ['volumes.kubernetes.io/controller-managed-attach-detach']),
        labels: pick(labels, ['beta.kubernetes.io/arch', 'beta.kubernetes.io/os', 'kubernetes.io/arch', 'kubernetes.io/hostname', 'kubernetes.io/os']),
      },
    }),
    controllerManager: fieldsOf({ annotations: { 'node.alpha.kubernetes.io/ttl': '' } }),
    calico: fieldsOf({ metadata: { annotations: pick(annotations, ['projectcalico.org/IPv4Address', 'projectcalico.org/IPv4IPIPTunnelAddr']) } }),
    calicoStatus: { 'f:status': { 'f:conditions': itemsOf('conditions', conditions.filter((c) => c.type === 'NetworkUnavailable')) } },
    kubeletStatus: {
      'f:status': {
        ...fieldsOf({ addresses: status.addresses, allocatable: keysOf(status.allocatable), capacity: keysOf(status.capacity), daemonEndpoints: status.daemonEndpoints, nodeInfo: status.nodeInfo }),
        'f:conditions': { '.': LEAF, ...itemsOf('conditions', conditions.filter((c) => c.type !== 'NetworkUnavailable')) },
      },
    },
  };
  w.fieldSets.set(key, sets);
  return sets;
}

/** A Lease's holder writes it: the kubelet its node's, each component its leader lock, kube-apiserver its identity lease. */
export function leaseManagedFields(w: World, obj: KObject, manager: string, time: number | string): ManagedFieldsEntry[] {
  return cached(w, `Lease/${obj.metadata.namespace}/${obj.metadata.name}`, () => {
    const owner = obj.metadata.ownerReferences?.[0];
    if (manager === 'kubelet' && owner) {
      // Every node Lease has the same set but for its owner's uid: share the spec part, key the owner.
      const spec = intern(w, fieldsOf({ spec: obj.spec }))['f:spec'];
      return [entry(manager, 'coordination.k8s.io/v1', time, { 'f:metadata': { 'f:ownerReferences': { '.': LEAF, [`k:{"uid":${JSON.stringify(owner.uid)}}`]: LEAF } }, 'f:spec': spec })];
    }
    const { labels, ownerReferences } = obj.metadata;
    return [entry(manager, 'coordination.k8s.io/v1', time, intern(w, fieldsOf({ metadata: { labels, ownerReferences }, spec: obj.spec })))];
  });
}

/** The binary behind an event's reporting component (client-go names its field manager after the binary). */
function eventManager(component: string): string {
  if (component === 'kubelet' || component === 'kube-scheduler' || component === 'nginx-ingress-controller') return component;
  if (component === 'default-scheduler') return 'kube-scheduler';
  return 'kube-controller-manager';
}

/** An Event's recorder: one Update with every field it sent (the same shape for every event of that shape). */
export function eventManagedFields(w: World, obj: KObject): ManagedFieldsEntry[] {
  const fields = omit(obj, 'apiVersion', 'kind', 'metadata', 'eventTime');
  const source = fields.source as Json;
  const involved = { ...(fields.involvedObject as Json), resourceVersion: '' };
  const set = intern(w, fieldsOf({ ...fields, involvedObject: involved }));
  return [entry(eventManager(String(source.component)), 'v1', String(fields.lastTimestamp), set)];
}
