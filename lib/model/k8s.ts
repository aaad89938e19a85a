/**
 * Minimal structural types for the raw Kubernetes objects the model reads, with the API's field names;
 * every field optional (and nullable) because real objects, dumps and older servers can lack any of them.
 */
import type { ContainerStatusLike, PodConditionLike } from './pod-status';

export interface OwnerReference {
  kind?: string;
  name?: string;
  controller?: boolean | null;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  labels?: Record<string, string> | null;
  annotations?: Record<string, string> | null;
  ownerReferences?: OwnerReference[] | null;
  creationTimestamp?: string | null;
  deletionTimestamp?: string | null;
}

export interface ContainerPort {
  name?: string;
  containerPort?: number;
  hostPort?: number;
  protocol?: string;
}

export interface Container {
  name?: string;
  image?: string;
  restartPolicy?: string;
  ports?: ContainerPort[] | null;
  securityContext?: { privileged?: boolean | null } | null;
  /** Only whether one is set is read here (its details: detail/probes.ts). */
  readinessProbe?: object | null;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

export interface NodeSelectorRequirement {
  key?: string;
  operator?: string;
  values?: string[] | null;
}

export interface PodSpec {
  nodeName?: string;
  hostNetwork?: boolean | null;
  containers?: Container[] | null;
  initContainers?: Container[] | null;
  nodeSelector?: Record<string, string> | null;
  tolerations?: Toleration[] | null;
  affinity?: {
    nodeAffinity?: {
      requiredDuringSchedulingIgnoredDuringExecution?: {
        nodeSelectorTerms?: { matchExpressions?: NodeSelectorRequirement[] | null }[] | null;
      } | null;
    } | null;
  } | null;
}

export interface Pod {
  metadata?: ObjectMeta | null;
  spec?: PodSpec | null;
  status?: {
    phase?: string;
    podIP?: string;
    reason?: string;
    message?: string;
    conditions?: PodConditionLike[] | null;
    initContainerStatuses?: ContainerStatusLike[] | null;
    containerStatuses?: ContainerStatusLike[] | null;
  } | null;
}

export interface PodTemplate {
  metadata?: ObjectMeta | null;
  spec?: PodSpec | null;
}

export interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  lastHeartbeatTime?: string | null;
  lastTransitionTime?: string | null;
}

export interface Node {
  metadata?: ObjectMeta | null;
  spec?: {
    unschedulable?: boolean;
    taints?: { key?: string; value?: string; effect?: string }[] | null;
    podCIDR?: string;
    podCIDRs?: string[] | null;
  } | null;
  status?: {
    conditions?: Condition[] | null;
    addresses?: { type?: string; address?: string }[] | null;
    capacity?: Record<string, string> | null;
    allocatable?: Record<string, string> | null;
    nodeInfo?: {
      kubeletVersion?: string;
      kubeProxyVersion?: string;
      containerRuntimeVersion?: string;
      osImage?: string;
      kernelVersion?: string;
      architecture?: string;
      operatingSystem?: string;
    } | null;
  } | null;
}

export interface DaemonSet {
  metadata?: ObjectMeta | null;
  spec?: { template?: PodTemplate | null } | null;
  status?: {
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    updatedNumberScheduled?: number;
    numberReady?: number;
    numberAvailable?: number;
    numberMisscheduled?: number;
  } | null;
}

export interface Deployment {
  metadata?: ObjectMeta | null;
  spec?: { replicas?: number; template?: PodTemplate | null } | null;
  status?: { replicas?: number; readyReplicas?: number; updatedReplicas?: number; availableReplicas?: number } | null;
}

export type StatefulSet = Deployment;

/** batch/v1 Job: runs pods to completion; a CronJob creates one per schedule tick. */
export interface Job {
  metadata?: ObjectMeta | null;
  spec?: { template?: PodTemplate | null } | null;
  status?: {
    startTime?: string | null;
    completionTime?: string | null;
    active?: number | null;
    succeeded?: number | null;
    failed?: number | null;
    conditions?: Condition[] | null;
  } | null;
}

/** batch/v1 CronJob: creates a Job on a cron schedule. */
export interface CronJob {
  metadata?: ObjectMeta | null;
  spec?: {
    schedule?: string;
    suspend?: boolean | null;
    jobTemplate?: { spec?: { template?: PodTemplate | null } | null } | null;
  } | null;
  status?: { lastScheduleTime?: string | null; lastSuccessfulTime?: string | null; active?: unknown[] | null } | null;
}

export interface ReplicaSet {
  metadata?: ObjectMeta | null;
  spec?: { replicas?: number; template?: PodTemplate | null } | null;
  status?: { readyReplicas?: number } | null;
}

export interface ServicePort {
  name?: string;
  port?: number;
  nodePort?: number;
  protocol?: string;
}

export interface Service {
  metadata?: ObjectMeta | null;
  spec?: {
    type?: string;
    selector?: Record<string, string> | null;
    clusterIP?: string;
    externalIPs?: string[] | null;
    ports?: ServicePort[] | null;
  } | null;
}

export interface Endpoints {
  metadata?: ObjectMeta | null;
  subsets?: { addresses?: unknown[] | null; notReadyAddresses?: unknown[] | null }[] | null;
}

/** coordination.k8s.io/v1 Lease: leader election records and node heartbeats. */
export interface Lease {
  metadata?: ObjectMeta | null;
  spec?: {
    holderIdentity?: string | null;
    leaseDurationSeconds?: number | null;
    renewTime?: string | null;
    acquireTime?: string | null;
  } | null;
}

/** v1 ComponentStatus (deprecated since 1.19, still served by many clusters). */
export interface ComponentStatus {
  metadata?: ObjectMeta | null;
  conditions?: Condition[] | null;
}

/** apiregistration.k8s.io/v1 APIService; `spec.service` is absent for groups the API server serves itself (`Local`). */
export interface APIService {
  metadata?: ObjectMeta | null;
  spec?: { service?: { name?: string; namespace?: string } | null } | null;
  status?: { conditions?: Condition[] | null } | null;
}

export interface ConfigMap {
  metadata?: ObjectMeta | null;
  data?: Record<string, string> | null;
  /** Base64 values; only their sizes are ever shown. */
  binaryData?: Record<string, string> | null;
}

/** core/v1 Event (events.k8s.io/v1 fields too: `note`, `regarding`, `reportingController` as `reportingComponent`). */
export interface Event {
  metadata?: ObjectMeta | null;
  type?: string;
  reason?: string;
  message?: string;
  note?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string } | null;
  regarding?: { kind?: string; name?: string; namespace?: string } | null;
  source?: { component?: string; host?: string } | null;
  reportingComponent?: string;
  reportingInstance?: string;
}

export interface ServiceAccount {
  metadata?: ObjectMeta | null;
}

export interface LabelSelector {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: { key?: string; operator?: string; values?: string[] | null }[] | null;
}

export interface NetworkPolicyPeer {
  podSelector?: LabelSelector | null;
  namespaceSelector?: LabelSelector | null;
  ipBlock?: { cidr?: string; except?: string[] | null } | null;
}

export interface NetworkPolicyPort {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}

/** networking.k8s.io/v1 NetworkPolicy. */
export interface NetworkPolicy {
  metadata?: ObjectMeta | null;
  spec?: {
    podSelector?: LabelSelector | null;
    policyTypes?: string[] | null;
    ingress?: { from?: NetworkPolicyPeer[] | null; ports?: NetworkPolicyPort[] | null }[] | null;
    egress?: { to?: NetworkPolicyPeer[] | null; ports?: NetworkPolicyPort[] | null }[] | null;
  } | null;
}
