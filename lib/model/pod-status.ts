/** Pod facts as kubectl shows them (STATUS, READY, RESTARTS), pure; the dashboard's own, tested against the upstream printer's cases. */

/** The state of one container, with the API's field names (core/v1 ContainerState). */
export interface ContainerStateLike {
  waiting?: { reason?: string; message?: string } | null;
  running?: { startedAt?: string } | null;
  terminated?: {
    exitCode?: number;
    signal?: number;
    reason?: string;
    message?: string;
    startedAt?: string;
    finishedAt?: string;
  } | null;
}

/** core/v1 ContainerStatus, the fields these facts read. */
export interface ContainerStatusLike {
  name?: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: ContainerStateLike | null;
  lastState?: ContainerStateLike | null;
}

/** core/v1 PodCondition, the fields these facts read. */
export interface PodConditionLike {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

/** The minimal structural shape of a core/v1 Pod; every field optional, as real objects can lack any of them. */
export interface PodLike {
  metadata?: { name?: string; deletionTimestamp?: string | null } | null;
  spec?: {
    containers?: { name?: string }[] | null;
    initContainers?: { name?: string; restartPolicy?: string }[] | null;
  } | null;
  status?: {
    phase?: string;
    reason?: string;
    conditions?: PodConditionLike[] | null;
    initContainerStatuses?: ContainerStatusLike[] | null;
    containerStatuses?: ContainerStatusLike[] | null;
  } | null;
}

interface PodSummary {
  status: string;
  ready: number;
  total: number;
  restarts: number;
  lastRestartAt?: string;
}

/** The kubelet's pod status reason for pods on an unreachable node (k8s.io/kubernetes/pkg/util/node). */
const NODE_UNREACHABLE_REASON = 'NodeLost';

/** The latest of two RFC3339 timestamps (`undefined` when neither parses). */
function later(current: string | undefined, candidate: string | undefined): string | undefined {
  if (!candidate) return current;
  const at = Date.parse(candidate);
  if (Number.isNaN(at)) return current;
  if (current === undefined || Date.parse(current) < at) return candidate;
  return current;
}

function hasCondition(pod: PodLike, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c?.type === type && c.status === 'True');
}

/** Whether the first condition of `type` is True (the printer's isPodInitializedConditionTrue reads no further). */
function isFirstConditionTrue(pod: PodLike, type: string): boolean {
  return (pod.status?.conditions ?? []).find((c) => c?.type === type)?.status === 'True';
}

function terminatedReason(t: NonNullable<ContainerStateLike['terminated']>, prefix: string): string {
  if (t.reason) return prefix + t.reason;
  if (t.signal) return `${prefix}Signal:${t.signal}`;
  return `${prefix}ExitCode:${t.exitCode ?? 0}`;
}

/** One pass over the pod, mirroring printPod in kubernetes/pkg/printers/internalversion/printers.go. */
function summarizePod(pod: PodLike): PodSummary {
  const status = pod.status ?? {};
  const initSpecs = pod.spec?.initContainers ?? [];
  const isRestartable = (name: string | undefined): boolean =>
    initSpecs.some((c) => c?.name === name && c.restartPolicy === 'Always');

  const total = (pod.spec?.containers ?? []).length + initSpecs.filter((c) => c?.restartPolicy === 'Always').length;
  let ready = 0;
  let restarts = 0;
  let lastRestartAt: string | undefined;
  let sidecarRestarts = 0;
  let sidecarLastRestartAt: string | undefined;
  let reason = status.reason || status.phase || '';
  if ((status.conditions ?? []).some((c) => c?.type === 'PodScheduled' && c.reason === 'SchedulingGated')) {
    reason = 'SchedulingGated';
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i] ?? {};
    const finishedAt = c.lastState?.terminated?.finishedAt;
    restarts += c.restartCount ?? 0;
    lastRestartAt = later(lastRestartAt, finishedAt);
    const restartable = isRestartable(c.name);
    if (restartable) {
      sidecarRestarts += c.restartCount ?? 0;
      sidecarLastRestartAt = later(sidecarLastRestartAt, finishedAt);
    }
    const terminated = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (restartable && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (terminated) reason = terminatedReason(terminated, 'Init:');
    else if (waiting?.reason && waiting.reason !== 'PodInitializing') reason = `Init:${waiting.reason}`;
    // Old kubelets report a waiting init container as PodInitializing; the printer shows what new ones say.
    else if (waiting?.reason === 'PodInitializing') reason = 'Init:ContainerCreating';
    else reason = `Init:${i}/${initSpecs.length}`;
    initializing = true;
    break;
  }

  if (!initializing || isFirstConditionTrue(pod, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestartAt = sidecarLastRestartAt;
    let hasRunning = false;
    let errorReason = '';
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i] ?? {};
      restarts += c.restartCount ?? 0;
      lastRestartAt = later(lastRestartAt, c.lastState?.terminated?.finishedAt);
      const waiting = c.state?.waiting;
      const terminated = c.state?.terminated;
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated) {
        reason = terminatedReason(terminated, '');
        if ((terminated.exitCode ?? 0) !== 0) errorReason = reason;
      } else if (c.ready && c.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    // A completed first container hides neither a running pod nor another container's failure.
    if (reason === 'Completed') {
      if (hasRunning && hasCondition(pod, 'Ready')) reason = 'Running';
      else if (errorReason) reason = errorReason;
      else if (hasRunning) reason = 'NotReady';
    }
  }

  if (pod.metadata?.deletionTimestamp) {
    if (status.reason === NODE_UNREACHABLE_REASON) reason = 'Unknown';
    else if (status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';
  }
  return { status: reason, ready, total, restarts, lastRestartAt };
}

/**
 * kubectl's STATUS column: the phase, overridden by the first failing init container (`Init:0/3`,
 * `Init:CrashLoopBackOff`, `Init:Error`, `Init:ContainerCreating`), then by the first container's waiting
 * or terminated reason (`CrashLoopBackOff`, `ContainerCreating`, `ExitCode:1`; `Completed` only when no
 * other container failed or runs), `Terminating` once deleted and `Unknown` for pods on a lost node. Kubernetes fact: the API server computes this in printPod
 * (pkg/printers/internalversion/printers.go); `kubectl get pods` only prints it.
 */
export function podDisplayStatus(pod: PodLike): string {
  return summarizePod(pod).status;
}

/**
 * kubectl's READY column as numbers: ready app containers (plus started sidecars) over app containers
 * plus sidecar init containers (`restartPolicy: Always`). Kubernetes fact: while init containers are
 * still running, no app container is counted as ready.
 */
export function podReadyCounts(pod: PodLike): { ready: number; total: number } {
  const { ready, total } = summarizePod(pod);
  return { ready, total };
}

/**
 * kubectl's RESTARTS column as data: the summed restartCount and the latest
 * `lastState.terminated.finishedAt`. Kubernetes fact: while the pod initializes, init containers'
 * restarts are counted; afterwards app containers' and sidecars' restarts are.
 */
export function podRestarts(pod: PodLike): { count: number; lastRestartAt?: string } {
  const { restarts, lastRestartAt } = summarizePod(pod);
  return lastRestartAt === undefined ? { count: restarts } : { count: restarts, lastRestartAt };
}

/** Whether the pod's `Ready` condition is `True` (what Services and the Endpoints controller go by). */
export function isPodReady(pod: PodLike): boolean {
  return hasCondition(pod, 'Ready');
}
