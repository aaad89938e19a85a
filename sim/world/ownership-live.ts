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
    const labels = obj.metadata.labels ?? {};
    const annotations = obj.metadata.annotations ?? {};
    const status = obj.status as Json;
    const pick = (record: Record<string, string>, keys: string[]) => Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, '']));
    const kubeadmLabels = pick(labels, ['node-role.kubernetes.io/control-plane', 'node.kubernetes.io/exclude-from-external-load-balancers']);
    const kubeletLabels = pick(labels, ['beta.kubernetes.io/arch', 'beta.kubernetes.io/os', 'kubernetes.io/arch', 'kubernetes.io/hostname', 'kubernetes.io/os']);
    const kubeletConditions = ((status.conditions ?? []) as Json[]).filter((c) => c.type !== 'NetworkUnavailable');
    const calicoCondition = itemsOf('conditions', ((status.conditions ?? []) as Json[]).filter((c) => c.type === 'NetworkUnavailable'));
    const kubeletConditionSet = itemsOf('conditions', kubeletConditions);
    return [
      entry('kubeadm', 'v1', node.created + 1_000, intern(w, fieldsOf({
        metadata: { annotations: pick(annotations, ['kubeadm.alpha.kubernetes.io/cri-socket']), ...(Object.keys(kubeadmLabels).length ? { labels: kubeadmLabels } : {}) },
        // kubeadm taints the control-plane node it marks (mark-control-plane phase).
        ...(node.isControlPlane ? { spec: { taints: [] } } : {}),
      }))),
      entry('kubelet', 'v1', node.created, intern(w, fieldsOf({ metadata: { annotations: pick(annotations, ['volumes.kubernetes.io/controller-managed-attach-detach']), labels: kubeletLabels } }))),
      entry('kube-controller-manager', 'v1', node.created + 40_000, {
        'f:metadata': intern(w, fieldsOf({ annotations: { 'node.alpha.kubernetes.io/ttl': '' } })),
        'f:spec': { 'f:podCIDR': LEAF, 'f:podCIDRs': { '.': LEAF, [`v:${JSON.stringify(node.podCidr)}`]: LEAF } },
      }),
      entry('calico-node', 'v1', node.created + 85_000, intern(w, fieldsOf({ metadata: { annotations: pick(annotations, ['projectcalico.org/IPv4Address', 'projectcalico.org/IPv4IPIPTunnelAddr']) } }))),
      entry('calico-node', 'v1', node.created + 90_000, intern(w, { 'f:status': { 'f:conditions': calicoCondition } }), 'status'),
      entry('kubelet', 'v1', node.created + 75_000, intern(w, {
        'f:status': {
          ...(fieldsOf({ addresses: status.addresses, allocatable: keysOf(status.allocatable), capacity: keysOf(status.capacity), daemonEndpoints: status.daemonEndpoints, nodeInfo: status.nodeInfo })),
          'f:conditions': { '.': LEAF, ...kubeletConditionSet },
        },
      }), 'status'),
    ];
  });
}

/** A Lease's holder writes it: the kubelet its node's, each component its leader lock, kube-apiserver its identity lease. */
export function leaseManagedFields(w: World, obj: KObject, manager: string, time: number): ManagedFieldsEntry[] {
  return cached(w, `Lease/${obj.metadata.namespace}/${obj.metadata.name}`, () => {
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
