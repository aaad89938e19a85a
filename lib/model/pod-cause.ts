/**
 * Why one pod is not ready, in the words an operator acts on: the NotReady node it runs on, the waiting
 * reason with its message (a crash loop with the last exit), the failing probe with the kubelet's last
 * message and count, why it is not scheduled, or the Ready condition's own reason. Never the phase
 * alone ("Running" is not a reason to be not ready). Pure; each sentence is written whole here.
 */
import { humanDuration } from './duration';
import { headline } from './evidence';
import type { KubeEvent } from './events';
import type { Node, Pod } from './k8s';
import type { ContainerStatusLike } from './pod-status';
import { indexProbeFailures, type ProbeFailure } from './probe-failures';

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

/** `container coredns` only when the pod has more than one container (one needs no name). */
function containerWord(pod: Pod, name: string | undefined, isInit: boolean): string {
  const count = (pod.spec?.containers ?? []).length + (pod.spec?.initContainers ?? []).length;
  if (isInit) return `init container ${name ?? '?'}`;
  return count > 1 ? `container ${name ?? '?'}` : '';
}

type Terminated = NonNullable<NonNullable<ContainerStatusLike['state']>['terminated']>;

/** `exit code 1 (Error): <the termination message's first line>`. */
export function exitText(t: Terminated): string {
  const why = t.reason || (t.signal ? `signal ${t.signal}` : '');
  const message = shortMessage(t.message);
  return `exit code ${t.exitCode ?? '?'}${why ? ` (${why})` : ''}${message ? `: ${message}` : ''}`;
}

function lastExit(status: ContainerStatusLike): string {
  const t = status.lastState?.terminated;
  return t ? `last ${exitText(t)}` : '';
}

function restartsWord(count: number): string {
  return count === 1 ? '1 restart' : `${count.toLocaleString('en-US')} restarts`;
}

/** A waiting container: `CrashLoopBackOff, 14 restarts; last exit code 1 (Error)` or `ImagePullBackOff: Back-off pulling image "…"`. */
function waitingCause(f: PodForCause, status: ContainerStatusLike, isInit: boolean): string | undefined {
  const waiting = status.state?.waiting;
  if (!waiting?.reason) return undefined;
  const who = containerWord(f.pod, status.name, isInit);
  const prefix = `${f.name}${who ? ` ${who}` : ''} ${waiting.reason}`;
  if (waiting.reason === 'CrashLoopBackOff') {
    const exit = lastExit(status);
    return `${prefix}, ${restartsWord(status.restartCount ?? 0)}${exit ? `; ${exit}` : ''}`;
  }
  const message = shortMessage(waiting.message);
  return message ? `${prefix}: ${message}` : `${prefix}${f.restarts > 0 ? `, ${restartsWord(f.restarts)}` : ''}`;
}

/** A container that ended and is not restarted (a failed pod): `Error, exit code 1: …`. */
function terminatedCause(f: PodForCause, status: ContainerStatusLike, isInit: boolean): string | undefined {
  const t = status.state?.terminated;
  if (!t || (t.exitCode ?? 0) === 0) return undefined;
  const who = containerWord(f.pod, status.name, isInit);
  const message = shortMessage(t.message);
  const what = `${t.reason || 'terminated'}, exit code ${t.exitCode ?? '?'}`;
  return `${f.name}${who ? ` ${who}` : ''} ${what}${message ? `: ${message}` : ''}`;
}

/** `readiness probe failing (183 times in 30m, last 4s ago): HTTP probe failed with statuscode: 500`. */
function probePhrase(failure: ProbeFailure, now: number): string {
  const span = failure.firstSeenMs !== undefined && failure.lastSeenMs !== undefined && failure.count > 1
    ? ` in ${humanDuration(failure.lastSeenMs - failure.firstSeenMs)}`
    : '';
  const times = failure.count === 1 ? 'once' : `${failure.count.toLocaleString('en-US')} times${span}`;
  const sinceLast = failure.lastSeenMs !== undefined ? now - failure.lastSeenMs : 0;
  const last = sinceLast >= QUIET_PROBE_MS ? `, last ${humanDuration(sinceLast)} ago` : '';
  const message = shortMessage(failure.message);
  return `${failure.probe} probe failing (${times}${last})${message ? `: ${message}` : ''}`;
}

function probeCause(f: PodForCause, failure: ProbeFailure, now: number): string {
  const who = failure.container ? containerWord(f.pod, failure.container, false) : '';
  return `${f.name}${who ? ` ${who}` : ''} ${probePhrase(failure, now)}`;
}

/**
 * A ready pod that keeps restarting: `coredns-… restarted 40 times, last 5m ago`, with the liveness probe
 * failure that restarts it when the kubelet reported one (a failed liveness probe kills the container).
 */
export function restartCause(f: PodForCause & { lastRestartAt?: string }, context: CauseContext = NO_CAUSES): string {
  const at = Date.parse(f.lastRestartAt ?? '');
  const ago = Number.isNaN(at) ? '' : `, last ${humanDuration(Math.max(0, context.now - at))} ago`;
  const base = `${f.name} restarted ${f.restarts.toLocaleString('en-US')} times${ago}`;
  const liveness = context.probeFailures.get(f.name)?.find((p) => p.probe === 'liveness');
  return liveness ? `${base}; ${probePhrase(liveness, context.now)}` : base;
}

/** Containers running but not ready: `metrics-server-… running, its readiness probe has not passed`. */
function unreadyContainerCause(f: PodForCause, statuses: { status: ContainerStatusLike; isInit: boolean }[]): string | undefined {
  const unready = statuses.find(({ status, isInit }) => !isInit && status.state?.running && !status.ready);
  if (!unready) return undefined;
  const who = containerWord(f.pod, unready.status.name, false);
  const spec = (f.pod.spec?.containers ?? []).find((c) => c?.name === unready.status.name);
  if (spec?.readinessProbe) return `${f.name}${who ? ` ${who}` : ''} running, its readiness probe has not passed`;
  return `${f.name}${who ? ` ${who}` : ''} running but not ready`;
}

/** Pending and not scheduled: `Pending (Unschedulable): 0/3 nodes are available: 3 Insufficient cpu`. */
function schedulingCause(f: PodForCause): string | undefined {
  const scheduled = f.pod.status?.conditions?.find((c) => c?.type === 'PodScheduled');
  if (scheduled?.status !== 'False') return undefined;
  const message = shortMessage(scheduled.message);
  return `${f.name} Pending (${scheduled.reason || 'not scheduled'})${message ? `: ${message}` : ''}`;
}

/** The Ready condition's own words, for readiness gates and anything the containers do not explain. */
function conditionCause(f: PodForCause): string {
  const ready = f.pod.status?.conditions?.find((c) => c?.type === 'Ready');
  const message = shortMessage(ready?.message);
  if (ready?.reason) return `${f.name} not ready (${ready.reason})${message ? `: ${message}` : ''}`;
  if (f.display && f.display !== 'Running') return `${f.name} ${f.display}`;
  return `${f.name} not ready (its Ready condition is ${ready?.status ?? 'missing'})`;
}

/**
 * The one-line cause of a not-ready pod, starting with its name, in the order an operator checks:
 * deletion; its node NotReady (the node lifecycle controller then marks every pod on it not ready, and
 * the containers' last-reported states are stale); not scheduled; a waiting container (CrashLoopBackOff
 * with the last exit, other reasons with the kubelet's message); a failed container; a failing probe from
 * the kubelet's `Unhealthy` events; a running container not yet ready; the Ready condition's reason.
 */
export function podCause(f: PodForCause, context: CauseContext = NO_CAUSES): string {
  if (f.isDeleting) return `${f.name} Terminating`;
  const nodeWhy = f.node ? context.notReadyNodes.get(f.node) : undefined;
  if (nodeWhy) return `${f.name} is on node ${f.node}, which is NotReady (${nodeWhy})`;
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
