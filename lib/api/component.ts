/**
 * The contract of `GET /api/components/<id>`: one component in detail, summarised so it stays small
 * at 5,000 nodes (pods paged, DaemonSet coverage counted by reason, events capped, no raw objects).
 */
import type { Message } from './message';
import type { ComponentSummary, FreshnessInfo } from './types';
import { apiUrl } from './urls';

/** Pods per page of the component's pod table. */
export const COMPONENT_POD_PAGE_SIZE = 50;

export const componentApiPath = (id: string) => `/api/components/${encodeURIComponent(id)}`;
export const componentApiUrl = (id: string, podPage?: number) =>
  apiUrl(componentApiPath(id), { podPage: podPage && podPage > 1 ? podPage : undefined });

export interface PodRow {
  name: string;
  /** "1/2": ready containers / containers. */
  ready: string;
  isReady: boolean;
  /** kubectl's STATUS column: Running, CrashLoopBackOff, Pending … */
  status: string;
  restarts: number;
  /** kubectl's AGE (`38d`), at generatedAt. */
  age: string;
  createdAt?: string;
  node: string;
  ip: string;
}

export interface PodPage {
  items: PodRow[];
  total: number;
  notReady: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface WorkloadInfo {
  /** DaemonSet, Deployment, StatefulSet, ReplicaSet, static, Job, Pod … */
  kind: string;
  name: string;
  /** Pods wanted: replicas, DaemonSet desiredNumberScheduled, or the static pods seen. */
  desired: number;
  ready: number;
  /** Pods of this workload the cache holds. */
  pods: number;
  /** `k8s-app=kube-dns` from spec.selector.matchLabels, when the workload has one. */
  selector?: string;
  upToDate?: number;
  available?: number;
}

/** Nodes that lack a ready pod of a DaemonSet (or are not targeted), grouped by why. */
export interface CoverageGroup {
  reason: string;
  count: number;
  /** The first few node names, natural order. */
  nodes: string[];
}

export interface DaemonSetCoverage {
  name: string;
  desired: number;
  /** Nodes with a live pod of the DaemonSet. */
  scheduled: number;
  ready: number;
  /** Nodes that should run a ready pod and do not, by reason (NotReady node, pod CrashLoopBackOff …). */
  lacking: CoverageGroup[];
  /** Nodes the DaemonSet does not target, by reason (taint not tolerated, nodeSelector). */
  notTargeted: CoverageGroup[];
  totalNodes: number;
}

export interface FlagRow {
  /** `--authorization-mode`, or '' for a positional argument. */
  flag: string;
  /** The value, or undefined for a flag without one (`--allow-privileged`). */
  value?: string;
  /** True when the flag occurs more than once on the command line. */
  isRepeated?: boolean;
}

export interface ProbeInfo {
  kind: 'liveness' | 'readiness' | 'startup';
  /** "HTTPS GET :6443/livez every 10s, timeout 15s, failure after 8"; `textMessage` for the reader's language. */
  text: string;
  textMessage: Message;
}

export interface ResourceAmounts {
  cpu?: string;
  memory?: string;
  /** Other resources (ephemeral-storage, nvidia.com/gpu …). */
  other?: Record<string, string>;
}

export interface ContainerInfo {
  name: string;
  isInit: boolean;
  image: string;
  /** Tag (`v1.11.3`), short digest, or `latest` when the image names none. */
  version: string;
  ports: string[];
  /** `command[0]` when the spec sets a command; undefined when the image's entrypoint runs. */
  executable?: string;
  /** `command` + `args` as written, one token each. */
  commandLine: string[];
  flags: FlagRow[];
  probes: ProbeInfo[];
  requests: ResourceAmounts;
  limits: ResourceAmounts;
  mounts: { volume: string; path: string; isReadOnly: boolean }[];
}

export interface VolumeInfo {
  name: string;
  /** hostPath, configMap, secret, projected, emptyDir, persistentVolumeClaim, downwardAPI … */
  kind: string;
  /** `/etc/kubernetes/pki (DirectoryOrCreate)`, the ConfigMap's or Secret's name, projected sources… */
  detail: string;
}

/** The spec of one representative pod (or a workload's template when it has no pod). */
export interface SpecInfo {
  /** "Deployment coredns" / "static pod kube-apiserver". */
  source: string;
  /** The pod the spec was read from, when one exists. */
  podName?: string;
  /** Further pods of the same static manifest (one per control-plane node), named, capped. */
  otherPods: string[];
  otherPodCount: number;
  containers: ContainerInfo[];
  volumes: VolumeInfo[];
  serviceAccount?: string;
  hostNetwork: boolean;
  priorityClass?: string;
}

export interface ServiceInfo {
  name: string;
  type: string;
  clusterIP: string;
  /** `53/UDP`, `80:30080/TCP`, `https 443→8443/TCP`. */
  ports: string[];
  selector: string;
}

export interface ConfigMapInfo {
  name: string;
  /** How the component references it: `volume config-volume`, `envFrom`, … or `DNS configuration`. */
  referencedBy: string[];
  /** The same, for the reader's language. */
  referencedByMessages: Message[];
  keys: { name: string; bytes: number }[];
  /** False when the referenced ConfigMap is not in the cache (missing or not readable). */
  isFound: boolean;
  /** Text shown in full: the CoreDNS Corefile. */
  text?: { key: string; content: string; isTruncated: boolean };
}

export interface EventRow {
  type: string;
  reason: string;
  /** `pod/coredns-…`, `deployment/coredns`. */
  object: string;
  message: string;
  count: number;
  lastSeen?: string;
}

export interface NodeRow {
  name: string;
  ready: boolean;
  /** The Ready condition's reason or headline when not Ready. */
  why?: string;
  roles: string[];
  kubeletVersion: string;
  /** Seconds since the node's heartbeat Lease was renewed. */
  heartbeatAgeSeconds?: number;
}

/** The kubelet component: Nodes instead of pods. */
export interface NodesInfo {
  total: number;
  ready: number;
  /** Not-ready first, then by name; capped. */
  items: NodeRow[];
  kubeletVersions: { version: string; count: number }[];
  runtimeVersions: { version: string; count: number }[];
}

export interface LeaseInfo {
  name: string;
  holder: string;
  renewedSecondsAgo?: number;
  durationSeconds: number;
  isFresh: boolean;
}

/** What the control plane's health sources say about a core component (readyz checks, leases). */
export interface ControlPlaneHealth {
  /** Set when kube-system holds no pod of the component: where it runs instead. */
  podlessNote?: string;
  checks: { name: string; ok: boolean; message?: string }[];
  checksSource?: 'readyz' | 'livez';
  lease?: LeaseInfo;
  componentStatuses: { name: string; healthy: boolean; message?: string }[];
}

export interface KubectlCommand {
  /** What the command shows: "List the pods"; `labelMessage` for the reader's language. */
  label: string;
  labelMessage: Message;
  command: string;
}

export interface ComponentDetailResponse {
  component: Omit<ComponentSummary, 'pods' | 'nodes'>;
  groupName: string;
  /** What the component does, in English (the JSON API's words); `descriptionMessage` for the reader's language. */
  description: string;
  descriptionMessage: Message;
  workloads: WorkloadInfo[];
  pods: PodPage;
  coverage: DaemonSetCoverage[];
  specs: SpecInfo[];
  services: ServiceInfo[];
  configMaps: ConfigMapInfo[];
  events: { items: EventRow[]; total: number };
  nodes?: NodesInfo;
  controlPlane?: ControlPlaneHealth;
  kubectl: KubectlCommand[];
  freshness: FreshnessInfo;
  generatedAt: string;
}
