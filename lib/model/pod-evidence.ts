/**
 * Health evidence from a component's pods: ready counts against what its workloads want, failing and
 * recently restarting pods, and Jobs (whose Completed pods are success, not failure).
 */
import type { Message } from '@/lib/api/message';
import type { PodSummary } from '@/lib/api/types';
import { combineEvidence, compareNames, listNames, readyCount, type Evidence } from './evidence';
import type { Job, Pod } from './k8s';
import { exitText, podCause, restartCause, type CauseContext } from './pod-cause';
import { isPodReady, podDisplayStatus, podReadyCounts, podRestarts } from './pod-status';
import { joinMessages, say } from './say';
import { controllerOf, type Workload } from './workload';

/**
 * A ready pod is restarting a lot when it restarted at least this often, the last time within the
 * window, after a short run (a node reboot restarts long-running containers once; that is not it).
 */
export const RESTART_COUNT_THRESHOLD = 3;
export const RECENT_RESTART_WINDOW_MS = 30 * 60 * 1000;
export const SHORT_RUN_MS = 60 * 60 * 1000;
/** Pods younger than this that are still creating or initialising are starting, not failing. */
export const STARTING_GRACE_MS = 5 * 60 * 1000;

const STARTING_STATUSES = /^(Pending|ContainerCreating|PodInitializing|Init:\d+\/\d+|Running|NotReady)$/;

/** What the model needs to know about one pod, computed once. */
export interface PodFacts {
  pod: Pod;
  workload: Workload;
  name: string;
  node: string;
  display: string;
  ready: string;
  isReady: boolean;
  restarts: number;
  lastRestartAt?: string;
  /** How long the container that restarted last had run before it ended, in ms. */
  lastRunMs?: number;
  isSucceeded: boolean;
  isFailed: boolean;
  isDeleting: boolean;
  isJob: boolean;
  createdAt?: string;
}

/** Run time of the container whose last termination is `finishedAt`, from its lastState. */
function lastRunMs(pod: Pod, finishedAt: string | undefined): number | undefined {
  if (!finishedAt) return undefined;
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const ended = statuses.find((c) => c?.lastState?.terminated?.finishedAt === finishedAt)?.lastState?.terminated;
  const ms = Date.parse(finishedAt) - Date.parse(ended?.startedAt ?? '');
  return Number.isNaN(ms) ? undefined : ms;
}

/** Facts of one pod, from kubectl's STATUS/READY/RESTARTS logic in pod-status.ts. */
export function podFacts(pod: Pod, workload: Workload): PodFacts {
  const { ready, total } = podReadyCounts(pod);
  const restarts = podRestarts(pod);
  const phase = pod.status?.phase;
  return {
    pod,
    workload,
    name: pod.metadata?.name ?? '',
    node: pod.spec?.nodeName ?? '',
    display: podDisplayStatus(pod) || 'Unknown',
    ready: `${ready}/${total}`,
    isReady: isPodReady(pod),
    restarts: restarts.count,
    lastRestartAt: restarts.lastRestartAt,
    lastRunMs: lastRunMs(pod, restarts.lastRestartAt),
    isSucceeded: phase === 'Succeeded',
    isFailed: phase === 'Failed',
    isDeleting: Boolean(pod.metadata?.deletionTimestamp),
    isJob: workload.kind === 'Job' || workload.kind === 'CronJob',
    createdAt: pod.metadata?.creationTimestamp ?? undefined,
  };
}

/** The pod as the DTO shows it: kubectl's READY and STATUS columns, readiness from the Ready condition. */
export function toPodSummary(f: PodFacts): PodSummary {
  return { name: f.name, node: f.node, ready: f.ready, isReady: f.isReady, phase: f.display, restarts: f.restarts };
}

/** Pods that should be serving: not finished, not being deleted, not Job runs. */
export function isLivePod(f: PodFacts): boolean {
  return !f.isSucceeded && !f.isFailed && !f.isDeleting && !f.isJob;
}

/** Not-ready pods first (what an operator looks at), then ready, then finished; by name within. */
export function comparePods(a: PodFacts, b: PodFacts): number {
  const rank = (f: PodFacts) => (f.isSucceeded ? 2 : f.isReady ? 1 : 0);
  return rank(a) - rank(b) || compareNames(a.name, b.name);
}

function isStarting(f: PodFacts, now: number): boolean {
  const created = f.createdAt ? Date.parse(f.createdAt) : NaN;
  return STARTING_STATUSES.test(f.display) && f.restarts === 0 && !Number.isNaN(created) && now - created < STARTING_GRACE_MS;
}

function isRestartingRecently(f: PodFacts, now: number): boolean {
  const last = f.lastRestartAt ? Date.parse(f.lastRestartAt) : NaN;
  const shortRun = f.lastRunMs === undefined || f.lastRunMs < SHORT_RUN_MS;
  return f.restarts >= RESTART_COUNT_THRESHOLD && shortRun && !Number.isNaN(last) && now - last < RECENT_RESTART_WINDOW_MS;
}

/** The Job that ran the pod (a CronJob's pods belong to one Job per run). */
const jobOf = (f: PodFacts): string => controllerOf(f.pod.metadata)?.name || f.workload.name;

/** The newest failed container's end in a Job's pods: `exit code 1 (Error)`. */
function jobPodExit(pods: readonly PodFacts[]): Message | undefined {
  let best: { at: number; text: Message } | undefined;
  for (const f of pods) {
    for (const c of [...(f.pod.status?.initContainerStatuses ?? []), ...(f.pod.status?.containerStatuses ?? [])]) {
      const t = c?.state?.terminated ?? c?.lastState?.terminated;
      if (!t || (t.exitCode ?? 0) === 0) continue;
      const at = Date.parse(t.finishedAt ?? '') || 0;
      if (!best || at > best.at) best = { at, text: exitText(t) };
    }
  }
  return best?.text;
}

/**
 * `last run etcd-backup-29942280 failed (BackoffLimitExceeded): exit code 1 (Error)`. Kubernetes fact: the
 * Job controller sets the Job's `Failed` condition with its reason (BackoffLimitExceeded, DeadlineExceeded).
 */
function failedJobReason(job: string, pods: readonly PodFacts[], jobs: ReadonlyMap<string, Job>): Message {
  const failed = jobs.get(job)?.status?.conditions?.find((c) => c?.type === 'Failed' && c.status === 'True');
  const isCronRun = pods.some((f) => f.workload.kind === 'CronJob');
  // Without an exit, the pods' names and kubectl statuses: the cluster's words, shown as they are.
  const detail = jobPodExit(pods) ?? listNames([...new Set(pods.map((f) => `${f.name} ${f.display}`))], 2);
  return say(isCronRun ? 'reason.lastRunFailed' : 'reason.jobFailed', { job, why: failed?.reason || 'none', detail });
}

function jobEvidence(jobPods: readonly PodFacts[], jobs: ReadonlyMap<string, Job>): Evidence | undefined {
  if (jobPods.length === 0) return undefined;
  const succeededJobs = new Set(jobPods.filter((f) => f.isSucceeded).map(jobOf));
  const failing = jobPods.filter(
    (f) => !succeededJobs.has(jobOf(f)) && !f.isSucceeded && (f.isFailed || /Error|BackOff|ErrImage|Invalid/.test(f.display)),
  );
  const jobNames = new Set(jobPods.map(jobOf));
  if (failing.length === 0) {
    const done = [...jobNames].filter((j) => succeededJobs.has(j)).length;
    const running = jobNames.size - done;
    const reason =
      done && running ? say('reason.jobsCompletedRunning', { done, running })
      : running ? say('reason.jobsRunning', { running })
      : say('reason.jobsCompleted', { done });
    return { status: 'healthy', reasons: [reason] };
  }
  const byJob = new Map<string, PodFacts[]>();
  for (const f of failing) byJob.set(jobOf(f), [...(byJob.get(jobOf(f)) ?? []), f]);
  const reasons = [...byJob.entries()].slice(0, 2).map(([job, pods]) => failedJobReason(job, pods, jobs));
  return { status: 'degraded', reasons };
}

/**
 * What is wrong with the not-ready pods, in at most two parts: pods on NotReady nodes counted together
 * when there are several (a lost node takes every DaemonSet's pod with it), the others each with its cause.
 */
function notReadyDetail(notReady: readonly PodFacts[], causes: CauseContext): Message {
  const onLostNodes = notReady.filter((f) => !f.isDeleting && f.node && causes.notReadyNodes.has(f.node));
  const grouped = onLostNodes.length > 1;
  const rest = grouped ? notReady.filter((f) => !onLostNodes.includes(f)) : notReady;
  const parts: Message[] = [];
  if (grouped) {
    const nodes = [...new Set(onLostNodes.map((f) => f.node))].sort(compareNames);
    parts.push(say('reason.podsOnLostNodes', { count: onLostNodes.length, nodes: listNames(nodes) }));
  }
  const room = Math.max(1, 2 - parts.length);
  parts.push(...rest.slice(0, room).map((f) => podCause(f, causes)));
  const more = rest.length - Math.min(rest.length, room);
  return more > 0 ? say('reason.andMore', { detail: joinMessages(parts), more }) : joinMessages(parts);
}

/**
 * Verdict from pods: down when pods are expected and none is ready; degraded when fewer are ready than
 * expected, a pod is failing (not merely starting) or restarting a lot recently; healthy otherwise.
 * `expected` is what the workloads want (Deployment/StatefulSet replicas, DaemonSet desired, static pods);
 * `explainedMissing` is how many of those a DaemonSet coverage reason already names, so they are not
 * reported twice as "not created".
 */
export function podEvidence(
  facts: readonly PodFacts[],
  expected: number,
  explainedMissing: number,
  causes: CauseContext,
  jobObjects: ReadonlyMap<string, Job> = new Map(),
): Evidence | undefined {
  const { now } = causes;
  const live = facts.filter(isLivePod);
  const jobs = jobEvidence(facts.filter((f) => f.isJob), jobObjects);
  const total = Math.max(expected, live.length);
  if (total === 0) return jobs;
  const ready = live.filter((f) => f.isReady).length;
  const notReady = live.filter((f) => !f.isReady);
  const failing = notReady.filter((f) => !isStarting(f, now));
  const restarting = live.filter((f) => f.isReady && isRestartingRecently(f, now));
  const reasons: Message[] = [];
  const uncreated = Math.max(0, total - live.length - explainedMissing);
  if (notReady.length > 0 || uncreated > 0) {
    const named = notReady.length > 0 ? [notReadyDetail(notReady, causes)] : [];
    const detail = joinMessages([...named, ...(uncreated > 0 ? [say('reason.notCreated', { count: uncreated })] : [])]);
    reasons.push(say('reason.podsReadyDetail', { ready, total, detail }));
  }
  for (const f of restarting.slice(0, 2)) reasons.push(restartCause(f, causes));
  let status: Evidence['status'] = 'healthy';
  if (ready === 0) status = 'down';
  else if (ready < expected - explainedMissing || failing.length > 0 || restarting.length > 0) status = 'degraded';
  if (reasons.length === 0) reasons.push(readyCount(ready, total));
  return combineEvidence([{ status, reasons }, jobs]);
}
