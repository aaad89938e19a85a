/** The simulated world's own bookkeeping (nodes, pods, containers, versions): what logs, metrics and tick read besides the served objects. */
import type { KObject } from '../types';
import { rngFor, uuid, type Rng } from './rand';

export type Scenario = 'healthy' | 'degraded';

export interface WorldOptions {
  nodes: number;
  seed: number;
  scenario: Scenario;
  /** Start of the simulation (epoch ms); defaults to Date.now(). */
  now?: number;
}

export const K8S_VERSION = 'v1.31.4';
export const ETCD_IMAGE = 'registry.k8s.io/etcd:3.5.15-0';
export const CALICO_VERSION = 'v3.28.2';
export const CONTAINERD_VERSION = 'containerd://1.7.22';
export const NAMESPACE = 'kube-system';
export const SERVICE_CIDR = '10.96.0.0/12';
export const CLUSTER_DOMAIN = 'cluster.local';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface NodeRec {
  name: string;
  index: number;
  isControlPlane: boolean;
  ip: string;
  podCidr: string;
  uid: string;
  created: number;
  /** Degraded scenario: the kubelet stopped posting status at this time. */
  downSince?: number;
  /** Next free host number in the node's pod CIDR. */
  nextPodIp: number;
}

/** Log and metric behaviour of one container instance. */
export interface ContainerRec {
  name: string;
  /** Key into the log and metric profiles (e.g. `coredns`, `kube-apiserver`). */
  profile: string;
  isInit: boolean;
  startedAt: number;
  restartCount: number;
  cpuMilli: number;
  memMi: number;
  memLimitMi?: number;
  /** The previous instance, when restartCount > 0: its run and the lines it died with. */
  previous?: { startedAt: number; finishedAt: number; lastLines: { time: number; text: string }[] };
}

export interface PodRec {
  name: string;
  uid: string;
  node: NodeRec;
  ip: string;
  labels: Record<string, string>;
  containers: ContainerRec[];
  /** False for pods whose containers are not running (no metrics, waiting logs). */
  isRunning: boolean;
  /** Degraded scenario: the crash-looping CoreDNS pod. */
  isCrashLooping?: boolean;
}

/** One `metadata.managedFields` entry: a manager's last write and the FieldsV1 set it owns. */
export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Update' | 'Apply';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Record<string, unknown>;
  subresource?: string;
}

export interface World {
  opts: Required<WorldOptions>;
  seed: number;
  /** Simulation start, epoch ms. */
  start: number;
  /** When `kubeadm init` ran, epoch ms. */
  clusterCreated: number;
  rng: Rng;
  nodes: NodeRec[];
  controlPlane: NodeRec;
  workers: NodeRec[];
  pods: PodRec[];
  podsByName: Map<string, PodRec>;
  objects: KObject[];
  /** ClusterIP of each Service by name. */
  serviceIps: Map<string, string>;
  /** Holder identities of the leader Leases by lease name. */
  leaders: Map<string, string>;
  isDegraded: boolean;
  /** Degraded scenario: when metrics-server stopped being ready. */
  metricsDownSince?: number;
  /** managedFields sets by their JSON, so objects with the same set share one instance. */
  fieldSets: Map<string, Record<string, unknown>>;
  /** managedFields of the objects the ticker rebuilds, by `Kind/name`, built once and reused. */
  liveFields: Map<string, ManagedFieldsEntry[]>;
}

export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** RFC 3339 with microseconds, as metav1.MicroTime serialises (Lease renewTime, events.k8s.io eventTime). */
export function microIso(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000Z');
}

export function meta(
  w: World,
  kind: string,
  name: string,
  created: number,
  extra: Partial<KObject['metadata']> = {},
): KObject['metadata'] {
  return { name, namespace: NAMESPACE, uid: uidFor(w, kind, name), creationTimestamp: iso(created), ...extra };
}

/** A deterministic uid per (kind, name), so owners and their references agree without a lookup. */
export function uidFor(w: World, kind: string, name: string): string {
  return uuid(rngFor(w.seed, 'uid', kind, name));
}
