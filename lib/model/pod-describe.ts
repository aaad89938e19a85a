/**
 * `kubectl describe pod` as data: a raw Pod (and its Events) reshaped into the PodDetail DTO, and the
 * object as read-only YAML. Pure; the server adds the component and reads the cache.
 */
import { stringify } from 'yaml';
import type {
  ContainerDetail,
  ContainerStateDetail,
  PodCondition,
  PodDetail,
  PodEvent,
  PodToleration,
  PodVolume,
} from '@/lib/api/pod';
import type { ContainerStateLike, ContainerStatusLike } from './pod-status';
import { podDisplayStatus, podReadyCounts, podRestarts, isPodReady } from './pod-status';
import type { Pod } from './k8s';
import { mainContainer } from './monitoring-signals';
import { controllerOf, resolveWorkload, type WorkloadContext } from './workload';

/** The container spec fields describe reads (core/v1 Container). */
interface RawContainer {
  name?: string;
  image?: string;
  restartPolicy?: string;
  command?: string[] | null;
  args?: string[] | null;
  ports?: { name?: string; containerPort?: number; protocol?: string; hostPort?: number }[] | null;
  resources?: { requests?: Record<string, string> | null; limits?: Record<string, string> | null } | null;
}

interface RawStatus extends ContainerStatusLike {
  image?: string;
  imageID?: string;
}

/** core/v1 Volume: one source field set per volume; the field's name is the type. */
type RawVolume = { name?: string } & Record<string, unknown>;

interface RawPod {
  metadata?: Pod['metadata'] & { annotations?: Record<string, string> | null };
  spec?: {
    nodeName?: string;
    containers?: RawContainer[] | null;
    initContainers?: RawContainer[] | null;
    nodeSelector?: Record<string, string> | null;
    tolerations?: (PodToleration & { operator?: string })[] | null;
    volumes?: RawVolume[] | null;
    serviceAccountName?: string;
    serviceAccount?: string;
    priorityClassName?: string;
    priority?: number;
  } | null;
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    podIP?: string;
    podIPs?: { ip?: string }[] | null;
    hostIP?: string;
    qosClass?: string;
    conditions?: (PodCondition & { lastTransitionTime?: string | null })[] | null;
    containerStatuses?: RawStatus[] | null;
    initContainerStatuses?: RawStatus[] | null;
  } | null;
}

/** core/v1 Event, the fields the pod page shows. */
export interface RawEvent {
  involvedObject?: { kind?: string; name?: string; uid?: string } | null;
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  source?: { component?: string; host?: string } | null;
  reportingComponent?: string;
  metadata?: { creationTimestamp?: string | null } | null;
}

function toState(state: ContainerStateLike | null | undefined): ContainerStateDetail | undefined {
  if (state?.running) return { kind: 'running', startedAt: state.running.startedAt };
  if (state?.waiting) return { kind: 'waiting', reason: state.waiting.reason, message: state.waiting.message };
  const t = state?.terminated;
  if (t) {
    return {
      kind: 'terminated',
      reason: t.reason,
      message: t.message,
      exitCode: t.exitCode,
      signal: t.signal,
      startedAt: t.startedAt,
      finishedAt: t.finishedAt,
    };
  }
  return undefined;
}

function toContainer(spec: RawContainer, status: RawStatus | undefined, role: ContainerDetail['role']): ContainerDetail {
  return {
    name: spec.name ?? '',
    image: spec.image ?? status?.image ?? '',
    imageID: status?.imageID || undefined,
    role,
    state: toState(status?.state) ?? { kind: 'unknown' },
    lastState: toState(status?.lastState),
    ready: status?.ready === true,
    started: status?.started ?? undefined,
    restarts: status?.restartCount ?? 0,
    ports: (spec.ports ?? []).map((p) => ({
      name: p.name,
      containerPort: p.containerPort ?? 0,
      protocol: p.protocol ?? 'TCP',
      ...(p.hostPort ? { hostPort: p.hostPort } : {}),
    })),
    requests: { ...(spec.resources?.requests ?? {}) },
    limits: { ...(spec.resources?.limits ?? {}) },
    command: spec.command ?? [],
    args: spec.args ?? [],
  };
}

/** A volume's type (its source field) and the name of what it mounts; Secret content is never read. */
export function toVolume(volume: RawVolume): PodVolume {
  const type = Object.keys(volume).find((key) => key !== 'name') ?? 'unknown';
  const source = volume[type] as Record<string, unknown> | undefined;
  const named = (key: string) => (typeof source?.[key] === 'string' ? (source[key] as string) : undefined);
  const projected = (source?.sources as Record<string, { name?: string; path?: string } | undefined>[] | undefined)
    ?.map((s) => Object.entries(s).map(([kind, v]) => (v?.name ? `${kind} ${v.name}` : v?.path ? `${kind} ${v.path}` : kind)))
    .flat()
    .join(', ');
  const detail =
    named('name') ?? named('secretName') ?? named('claimName') ?? named('path') ?? named('medium') ?? (projected || undefined);
  return { name: volume.name ?? '', type, ...(detail ? { source: detail } : {}) };
}

/**
 * The describe view of a pod. Kubernetes fact: init containers with `restartPolicy: Always` are
 * sidecars (1.28+); Deployment pods are owned by a ReplicaSet, resolved here to the Deployment.
 */
export function toPodDetail(pod: Pod, ctx: WorkloadContext): PodDetail {
  const raw = pod as RawPod;
  const meta = raw.metadata ?? {};
  const spec = raw.spec ?? {};
  const status = raw.status ?? {};
  const statusOf = (list: RawStatus[] | null | undefined, name?: string) => (list ?? []).find((s) => s.name === name);
  const { ready, total } = podReadyCounts(pod);
  const restarts = podRestarts(pod);
  const owner = controllerOf(meta);
  const workload = resolveWorkload(pod, ctx);
  return {
    name: meta.name ?? '',
    namespace: meta.namespace ?? 'kube-system',
    uid: meta.uid,
    createdAt: meta.creationTimestamp ?? undefined,
    deletingAt: meta.deletionTimestamp ?? undefined,
    status: podDisplayStatus(pod) || 'Unknown',
    phase: status.phase,
    reason: status.reason,
    message: status.message,
    ready: `${ready}/${total}`,
    isReady: isPodReady(pod),
    restarts: restarts.count,
    lastRestartAt: restarts.lastRestartAt,
    node: spec.nodeName || undefined,
    podIP: status.podIP || undefined,
    podIPs: (status.podIPs ?? []).map((p) => p.ip ?? '').filter(Boolean),
    hostIP: status.hostIP || undefined,
    qosClass: status.qosClass,
    priorityClassName: spec.priorityClassName,
    priority: spec.priority,
    serviceAccount: spec.serviceAccountName ?? spec.serviceAccount,
    owner: owner?.name ? { kind: owner.kind ?? 'Unknown', name: owner.name } : undefined,
    workload: workload.kind === 'Pod' ? undefined : { kind: workload.kind, name: workload.name },
    defaultContainer: mainContainer(pod)?.name,
    labels: { ...(meta.labels ?? {}) },
    annotations: { ...(meta.annotations ?? {}) },
    conditions: (status.conditions ?? []).map((c) => ({
      type: c.type ?? '',
      status: c.status ?? 'Unknown',
      reason: c.reason,
      message: c.message,
      lastTransitionTime: c.lastTransitionTime ?? undefined,
    })),
    initContainers: (spec.initContainers ?? []).map((c) =>
      toContainer(c, statusOf(status.initContainerStatuses, c.name), c.restartPolicy === 'Always' ? 'sidecar' : 'init'),
    ),
    containers: (spec.containers ?? []).map((c) => toContainer(c, statusOf(status.containerStatuses, c.name), 'app')),
    tolerations: (spec.tolerations ?? []).map((t) => ({
      key: t.key,
      operator: t.operator ?? 'Equal',
      value: t.value,
      effect: t.effect,
      tolerationSeconds: t.tolerationSeconds,
    })),
    nodeSelector: { ...(spec.nodeSelector ?? {}) },
    volumes: (spec.volumes ?? []).map(toVolume),
  };
}

/** The events of one pod, newest first. Kubernetes fact: events.k8s.io/v1 keeps counts in `series`. */
export function toPodEvents(events: readonly RawEvent[], podName: string, uid?: string): PodEvent[] {
  return events
    .filter((e) => e.involvedObject?.kind === 'Pod' && e.involvedObject.name === podName)
    .filter((e) => !uid || !e.involvedObject?.uid || e.involvedObject.uid === uid)
    .map((e) => {
      const lastSeen = e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? undefined;
      return {
        type: e.type ?? 'Normal',
        reason: e.reason ?? '',
        message: e.message ?? '',
        count: e.series?.count ?? e.count ?? 1,
        firstSeen: e.firstTimestamp ?? e.eventTime ?? undefined,
        lastSeen,
        source: e.source?.component ?? e.reportingComponent ?? undefined,
      };
    })
    .sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
}

/** The object as YAML, read-only: `metadata.managedFields` dropped, as `kubectl get -o yaml` shows it by default. */
export function podYaml(pod: Pod): string {
  const { apiVersion = 'v1', kind = 'Pod', metadata, spec, status, ...rest } = pod as Record<string, unknown>;
  const { managedFields: _managed, ...meta } = (metadata ?? {}) as Record<string, unknown>;
  void _managed;
  return stringify({ apiVersion, kind, metadata: meta, spec, status, ...rest }, { lineWidth: 0 });
}
