/**
 * Structural types for the parts of raw objects the component detail reads beyond lib/model/k8s.ts
 * (container command lines, probes, resources, volumes, selectors, Service ports, ConfigMaps, Events).
 * API field names, every field optional.
 */
import type { ConfigMap, ObjectMeta } from '../k8s';

export interface RawProbe {
  httpGet?: { path?: string; port?: number | string; host?: string; scheme?: string } | null;
  tcpSocket?: { port?: number | string; host?: string } | null;
  exec?: { command?: string[] | null } | null;
  grpc?: { port?: number; service?: string | null } | null;
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

export interface RawContainer {
  name?: string;
  image?: string;
  command?: string[] | null;
  args?: string[] | null;
  ports?: { name?: string; containerPort?: number; hostPort?: number; protocol?: string }[] | null;
  livenessProbe?: RawProbe | null;
  readinessProbe?: RawProbe | null;
  startupProbe?: RawProbe | null;
  resources?: { requests?: Record<string, string> | null; limits?: Record<string, string> | null } | null;
  volumeMounts?: { name?: string; mountPath?: string; readOnly?: boolean }[] | null;
  envFrom?: { configMapRef?: { name?: string } | null; secretRef?: { name?: string } | null }[] | null;
  env?: { name?: string; valueFrom?: { configMapKeyRef?: { name?: string; key?: string } | null } | null }[] | null;
}

export interface RawVolume {
  name?: string;
  hostPath?: { path?: string; type?: string } | null;
  configMap?: { name?: string } | null;
  secret?: { secretName?: string } | null;
  emptyDir?: { medium?: string; sizeLimit?: string } | null;
  persistentVolumeClaim?: { claimName?: string } | null;
  downwardAPI?: unknown;
  projected?: {
    sources?: {
      serviceAccountToken?: { path?: string } | null;
      configMap?: { name?: string } | null;
      secret?: { name?: string } | null;
      downwardAPI?: unknown;
    }[] | null;
  } | null;
  [other: string]: unknown;
}

export interface RawPodSpec {
  nodeName?: string;
  containers?: RawContainer[] | null;
  initContainers?: RawContainer[] | null;
  volumes?: RawVolume[] | null;
  serviceAccountName?: string;
  hostNetwork?: boolean;
  priorityClassName?: string;
}

export interface RawPod {
  metadata?: ObjectMeta | null;
  spec?: RawPodSpec | null;
  status?: { podIP?: string; hostIP?: string } | null;
}

export interface RawWorkload {
  metadata?: ObjectMeta | null;
  spec?: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> | null } | null;
    template?: { metadata?: ObjectMeta | null; spec?: RawPodSpec | null } | null;
  } | null;
  status?: {
    desiredNumberScheduled?: number;
    numberReady?: number;
    numberAvailable?: number;
    updatedNumberScheduled?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    updatedReplicas?: number;
  } | null;
}

export interface RawService {
  metadata?: ObjectMeta | null;
  spec?: {
    type?: string;
    clusterIP?: string;
    selector?: Record<string, string> | null;
    ports?: { name?: string; port?: number; targetPort?: number | string; nodePort?: number; protocol?: string }[] | null;
  } | null;
}

/** A ConfigMap as cached (lib/model/k8s.ts). */
export type RawConfigMap = ConfigMap;

export interface RawEvent {
  metadata?: ObjectMeta | null;
  involvedObject?: { kind?: string; name?: string } | null;
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
}
