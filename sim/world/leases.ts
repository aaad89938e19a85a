/** coordination.k8s.io Leases: the scheduler's and controller-manager's leader locks, the API server identity lease, and one heartbeat Lease per node. */
import type { KObject } from '../types';
import { NAMESPACE, iso, microIso, uidFor, type NodeRec, type World } from './model';
import { leaseManagedFields } from './ownership-live';
import { rngFor, uuid } from './rand';

/** kube-scheduler and kube-controller-manager renew their lock every retryPeriod (2 s) within a 15 s lease. */
export const LEADER_RENEW_MS = 2_000;
/** The kubelet renews its node Lease every 10 s (a quarter of the 40 s lease). */
export const NODE_LEASE_RENEW_MS = 10_000;
/** kube-apiserver renews its identity lease every 10 s; the lease lasts an hour. */
export const APISERVER_RENEW_MS = 10_000;

export interface LeaderInfo { name: string; holder: string; acquired: number; transitions: number }

/** The leader locks' holders: `<node>_<uuid>`, the identity leaderelection builds from hostname and a random id. */
export function planLeaders(w: World, kcmRestartedAt: number): LeaderInfo[] {
  const r = rngFor(w.seed, 'leaders');
  const cp = w.controlPlane.name;
  return [
    { name: 'kube-scheduler', holder: `${cp}_${uuid(r)}`, acquired: w.clusterCreated + 90_000, transitions: 2 },
    { name: 'kube-controller-manager', holder: `${cp}_${uuid(r)}`, acquired: kcmRestartedAt + 16_000, transitions: 3 },
  ];
}

export function apiserverLeaseName(w: World): string {
  const r = rngFor(w.seed, 'apiserver-lease');
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let s = 'apiserver-';
  for (let i = 0; i < 26; i++) s += alphabet[Math.floor(r() * 32)];
  return s;
}

/** A Lease written by `manager` (its holder), who took it at `taken` (epoch ms). */
function lease(w: World, name: string, namespace: string, created: number, spec: Record<string, unknown>, writer: { manager: string; taken: number }, extra: Record<string, unknown> = {}): KObject {
  const obj: KObject = {
    apiVersion: 'coordination.k8s.io/v1', kind: 'Lease',
    metadata: { name, namespace, uid: uidFor(w, `Lease/${namespace}`, name), creationTimestamp: iso(created), ...extra },
    spec,
  };
  obj.metadata.managedFields = leaseManagedFields(w, obj, writer.manager, writer.taken);
  return obj;
}

/** A leader Lease as renewed at `renewAt`. */
export function leaderLease(w: World, leader: LeaderInfo, renewAt: number): KObject {
  return lease(w, leader.name, NAMESPACE, w.clusterCreated + 30_000, {
    acquireTime: microIso(leader.acquired), holderIdentity: leader.holder, leaseDurationSeconds: 15,
    leaseTransitions: leader.transitions, renewTime: microIso(renewAt),
  }, { manager: leader.name, taken: leader.acquired });
}

/** The API server's identity Lease (`apiserver-<hash>`, label `apiserver.kubernetes.io/identity=kube-apiserver`). */
export function apiserverLease(w: World, renewAt: number): KObject {
  const name = apiserverLeaseName(w);
  return lease(w, name, NAMESPACE, w.clusterCreated + 10_000, {
    holderIdentity: `${name}_${uuid(rngFor(w.seed, 'apiserver-holder'))}`, leaseDurationSeconds: 3600, renewTime: microIso(renewAt),
  }, { manager: 'kube-apiserver', taken: w.clusterCreated + 10_000 }, { labels: { 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': w.controlPlane.name } });
}

/** A node's heartbeat Lease in kube-node-lease, named after the node and owned by it. */
export function nodeLease(w: World, node: NodeRec, renewAt: number): KObject {
  return lease(w, node.name, 'kube-node-lease', node.created + 2_000, { holderIdentity: node.name, leaseDurationSeconds: 40, renewTime: microIso(renewAt) }, { manager: 'kubelet', taken: node.created + 2_000 }, {
    ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.name, uid: node.uid }],
  });
}

/** The last renewal at or before `t` of something renewed every `period` from `phase`. */
export function lastRenewal(t: number, period: number, phase: number): number {
  return t - ((((t - phase) % period) + period) % period);
}

/** When node `n` last renewed its Lease before `t` (never after its kubelet stopped). */
export function nodeRenewAt(node: NodeRec, t: number): number {
  const until = node.downSince !== undefined ? Math.min(t, node.downSince) : t;
  return lastRenewal(until, NODE_LEASE_RENEW_MS, (node.index * 997) % NODE_LEASE_RENEW_MS);
}

export function buildLeases(w: World, leaders: LeaderInfo[]): KObject[] {
  return [
    ...leaders.map((l) => leaderLease(w, l, lastRenewal(w.start, LEADER_RENEW_MS, 0))),
    apiserverLease(w, lastRenewal(w.start, APISERVER_RENEW_MS, 0)),
    ...w.nodes.map((n) => nodeLease(w, n, nodeRenewAt(n, w.start))),
  ];
}
