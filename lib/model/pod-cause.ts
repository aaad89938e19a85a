/**
 * Why one pod is not ready, in the words an operator acts on: the NotReady node it runs on, the waiting
 * reason with its message (a crash loop with the last exit), the failing probe with the kubelet's last
 * message and count, why it is not scheduled, or the Ready condition's own reason. Never the phase
 * alone ("Running" is not a reason to be not ready). Pure; each sentence is a message (`cause.*` in the model
 * catalogue), the kubelet's and the API server's own words its values.
 */
import type { Message } from '@/lib/api/message';
import { humanDuration } from './duration';
import { headline } from './evidence';
import type { KubeEvent } from './events';
import type { Node, Pod } from './k8s';
import type { ContainerStatusLike } from './pod-status';
import { indexProbeFailures, type ProbeFailure } from './probe-failures';
import { moment, say } from './say';

/** What a pod's cause is read against, built once per snapshot. */
export interface CauseContext {
  /** NotReady (or Unknown) nodes by name, with the headline of their Ready condition. */
  notReadyNodes: ReadonlyMap<string, string>;
  probeFailures: ReadonlyMap<string, readonly ProbeFailure[]>;
  now: number;
}

/** What `podCause` reads of a pod (PodFacts in pod-evidence.ts has all of it). */
export interface PodForCause {
  pod: Pod;
  name: string;
  node: string;
  /** kubectl's STATUS column. */
  display: string;
  restarts: number;
  isDeleting: boolean;
}

const NO_CAUSES: CauseContext = { notReadyNodes: new Map(), probeFailures: new Map(), now: 0 };

/** The headline of a Node's Ready condition when it is not True; undefined for a Ready node. */
export function nodeNotReadyWhy(node: Node): string | undefined {
  const ready = node.status?.conditions?.find((c) => c?.type === 'Ready');
  if (ready?.status === 'True') return undefined;
  if (!ready) return 'no Ready condition';
  return headline(ready.message) || ready.reason || `Ready=${ready.status ?? 'Unknown'}`;
}

/**
 * The context for `podCause`: which nodes are NotReady (from their Ready condition) and the kubelet's
 * probe failures (from `Unhealthy` events). `now` is epoch ms.
 */
export function buildCauseContext(nodes: readonly Node[], events: readonly KubeEvent[] | undefined, now: number): CauseContext {
  const notReadyNodes = new Map<string, string>();
  for (const node of nodes) {
    const name = node?.metadata?.name;
    const why = name ? nodeNotReadyWhy(node) : undefined;
    if (name && why) notReadyNodes.set(name, why);
  }
  return { notReadyNodes, probeFailures: indexProbeFailures(events ?? []), now };
}

const MESSAGE_MAX = 120;
/** A probe failure last reported longer ago than this says when; a current one needs no time. */
const QUIET_PROBE_MS = 2 * 60 * 1000;

/** A kubelet or controller message cut to its first line, at most MESSAGE_MAX characters. */
export function shortMessage(message: string | null | undefined): string {
  const line = (message ?? '').trim().split('\n')[0]!.trim().replace(/\.$/, '');
  return line.length > MESSAGE_MAX ? `${line.slice(0, MESSAGE_MAX - 1)}…` : line;
}

function statusesOf(pod: Pod): { status: ContainerStatusLike; isInit: boolean }[] {
  return [
    ...(pod.status?.initContainerStatuses ?? []).filter(Boolean).map((status) => ({ status, isInit: true })),
    ...(pod.status?.containerStatuses ?? []).filter(Boolean).map((status) => ({ status, isInit: false })),
  ];
}

/** Who a cause is about: the pod, and `container coredns` only when it has more than one container (one needs no name). */
function containerWord(f: PodForCause, name: string | undefined, isInit: boolean): Message {
  const count = (f.pod.spec?.containers ?? []).length + (f.pod.spec?.initContainers ?? []).length;
  if (isInit) return say('cause.initContainer', { pod: f.name, name: name ?? '?' });
  return count > 1 ? say('cause.container', { pod: f.name, name: name ?? '?' }) : say('cause.pod', { pod: f.name });
}

type Terminated = NonNullable<NonNullable<ContainerStatusLike['state']>['terminated']>;

/** `exit code 1 (Error): <the termination message's first line>`. */
export function exitText(t: Terminated): Message {
  const why = t.reason || (t.signal ? `signal ${t.signal}` : '');
  return say('cause.exit', { code: String(t.exitCode ?? '?'), why: why || 'none', message: shortMessage(t.message) || 'none' });
}

/** A waiting container: `CrashLoopBackOff, 14 restarts; last exit code 1 (Error)` or `ImagePullBackOff: Back-off pulling image "…"`. */
function waitingCause(f: PodForCause, status: ContainerStatusLike, isInit: boolean): Message | undefined {
  const waiting = status.state?.waiting;
  if (!waiting?.reason) return undefined;
  const who = containerWord(f, status.name, isInit);
  const base = { who, reason: waiting.reason };
  if (waiting.reason === 'CrashLoopBackOff') {
    const t = status.lastState?.terminated;
    const restarts = status.restartCount ?? 0;
    return t ? say('cause.crashLoopExit', { ...base, restarts, exit: exitText(t) }) : say('cause.crashLoop', { ...base, restarts });
  }
  const message = shortMessage(waiting.message);
  if (message) return say('cause.waitingMessage', { ...base, message });
  return f.restarts > 0 ? say('cause.waitingRestarts', { ...base, restarts: f.restarts }) : say('cause.waiting', base);
}

/** A container that ended and is not restarted (a failed pod): `Error, exit code 1: …`. */
function terminatedCause(f: PodForCause, status: ContainerStatusLike, isInit: boolean): Message | undefined {
  const t = status.state?.terminated;
  if (!t || (t.exitCode ?? 0) === 0) return undefined;
  const who = containerWord(f, status.name, isInit);
  return say('cause.terminated', { who, reason: t.reason || 'terminated', code: String(t.exitCode ?? '?'), message: shortMessage(t.message) || 'none' });
}

/**
 * `readiness probe failing (183 times in 30m, last at <time>): HTTP probe failed with statuscode: 500`; the
 * kubelet's message stays as it is. The last failure is a moment, so the text holds still while nothing new fails.
 */
function probePhrase(failure: ProbeFailure, now: number): Message {
  const span = failure.firstSeenMs !== undefined && failure.lastSeenMs !== undefined && failure.count > 1
    ? humanDuration(failure.lastSeenMs - failure.firstSeenMs)
    : 'none';
  const sinceLast = failure.lastSeenMs !== undefined ? now - failure.lastSeenMs : 0;
  const last = sinceLast >= QUIET_PROBE_MS ? moment(failure.lastSeenMs!) : undefined;
  const values = { probe: failure.probe, count: failure.count, span, message: shortMessage(failure.message) || 'none' };
  return last ? say('cause.probeFailingLast', { ...values, last }) : say('cause.probeFailing', values);
}

function probeCause(f: PodForCause, failure: ProbeFailure, now: number): Message {
  const who = failure.container ? containerWord(f, failure.container, false) : say('cause.pod', { pod: f.name });
  return say('cause.probe', { who, probe: probePhrase(failure, now) });
}

/**
 * A ready pod that keeps restarting: `coredns-… restarted 40 times, last at <time>`, with the liveness probe
 * failure that restarts it when the kubelet reported one (a failed liveness probe kills the container).
 */
export function restartCause(f: PodForCause & { lastRestartAt?: string }, context: CauseContext = NO_CAUSES): Message {
  const at = f.lastRestartAt ? moment(f.lastRestartAt) : undefined;
  const base = at ? say('cause.restartedLast', { pod: f.name, restarts: f.restarts, at }) : say('cause.restarted', { pod: f.name, restarts: f.restarts });
  const liveness = context.probeFailures.get(f.name)?.find((p) => p.probe === 'liveness');
  return liveness ? say('cause.withProbe', { cause: base, probe: probePhrase(liveness, context.now) }) : base;
}

/**
 * Containers running but not ready: `metrics-server-… running, its readiness probe has not passed`. A
 * container that has restarted keeps its last exit beside that (`; 14 restarts, last exit code 1 (Error)`):
 * between back-offs a crash-looping container runs for a moment, and "running" alone would hide the loop.
 */
function unreadyContainerCause(f: PodForCause, statuses: { status: ContainerStatusLike; isInit: boolean }[]): Message | undefined {
  const unready = statuses.find(({ status, isInit }) => !isInit && status.state?.running && !status.ready);
  if (!unready) return undefined;
  const who = containerWord(f, unready.status.name, false);
  const spec = (f.pod.spec?.containers ?? []).find((c) => c?.name === unready.status.name);
  const cause = say(spec?.readinessProbe ? 'cause.probeNotPassed' : 'cause.runningNotReady', { who });
  const restarts = unready.status.restartCount ?? 0;
  const last = unready.status.lastState?.terminated;
  return restarts > 0 && last ? say('cause.withLastExit', { cause, restarts, exit: exitText(last) }) : cause;
}

/** Pending and not scheduled: `Pending (Unschedulable): 0/3 nodes are available: 3 Insufficient cpu`. */
function schedulingCause(f: PodForCause): Message | undefined {
  const scheduled = f.pod.status?.conditions?.find((c) => c?.type === 'PodScheduled');
  if (scheduled?.status !== 'False') return undefined;
  return say('cause.pending', { pod: f.name, reason: scheduled.reason || 'none', message: shortMessage(scheduled.message) || 'none' });
}

/** The Ready condition's own words, for readiness gates and anything the containers do not explain. */
function conditionCause(f: PodForCause): Message {
  const ready = f.pod.status?.conditions?.find((c) => c?.type === 'Ready');
  if (ready?.reason) return say('cause.notReadyReason', { pod: f.name, reason: ready.reason, message: shortMessage(ready?.message) || 'none' });
  if (f.display && f.display !== 'Running') return say('cause.display', { pod: f.name, status: f.display });
  return say('cause.notReadyCondition', { pod: f.name, status: ready?.status ?? 'missing' });
}

/**
 * The one-line cause of a not-ready pod, starting with its name, in the order an operator checks:
 * deletion; its node NotReady (the node lifecycle controller then marks every pod on it not ready, and
 * the containers' last-reported states are stale); not scheduled; a waiting container (CrashLoopBackOff
 * with the last exit, other reasons with the kubelet's message); a failed container; a failing probe from
 * the kubelet's `Unhealthy` events; a running container not yet ready; the Ready condition's reason.
 */
export function podCause(f: PodForCause, context: CauseContext = NO_CAUSES): Message {
  if (f.isDeleting) return say('cause.display', { pod: f.name, status: 'Terminating' });
  const nodeWhy = f.node ? context.notReadyNodes.get(f.node) : undefined;
  if (nodeWhy) return say('cause.nodeNotReady', { pod: f.name, node: f.node, why: nodeWhy });
  const scheduling = schedulingCause(f);
  if (scheduling) return scheduling;
  const statuses = statusesOf(f.pod);
  for (const { status, isInit } of statuses) {
    const cause = waitingCause(f, status, isInit) ?? terminatedCause(f, status, isInit);
    if (cause && !(status.state?.waiting?.reason === 'PodInitializing')) return cause;
  }
  const failures = context.probeFailures.get(f.name) ?? [];
  const probe = failures.find((p) => p.probe === 'readiness') ?? failures.find((p) => p.probe === 'startup') ?? failures[0];
  if (probe) return probeCause(f, probe, context.now);
  return unreadyContainerCause(f, statuses) ?? conditionCause(f);
}
