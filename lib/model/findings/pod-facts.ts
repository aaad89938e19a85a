/** What the findings rules say about a pod: its kubectl status line, last termination, crash loop and restarts. */
import type { Message } from '@/lib/api/message';
import type { Pod } from '../k8s';
import { SHORT_RUN_MS, type PodFacts } from '../pod-evidence';
import type { ContainerStatusLike } from '../pod-status';
import { moment, say } from '../say';

/** A restart within this window counts as recent. */
export const RECENT_RESTART_MS = 60 * 60 * 1000;

export function containerStatuses(pod: Pod): ContainerStatusLike[] {
  return [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].filter(Boolean) as ContainerStatusLike[];
}

/** `coredns-7db6d8ff4d-x2x9q: CrashLoopBackOff, READY 0/1, 14 restarts, node w-1`. */
export function describePodLine(f: PodFacts): Message {
  return say('finding.pod.line', { pod: f.name, status: f.display, ready: f.ready, restarts: f.restarts, node: f.node || 'none' });
}

/** The most recent termination of any container: `container coredns last terminated: Error (exit code 1) at <ISO>`. */
export function lastTermination(pod: Pod): { line: Message; reason: string } | undefined {
  let best: { container: string; t: NonNullable<NonNullable<ContainerStatusLike['lastState']>['terminated']> } | undefined;
  for (const c of containerStatuses(pod)) {
    const t = c.lastState?.terminated ?? c.state?.terminated;
    if (!t) continue;
    if (!best || Date.parse(t.finishedAt ?? '') > Date.parse(best.t.finishedAt ?? '')) best = { container: c.name ?? '?', t };
  }
  if (!best) return undefined;
  const { t } = best;
  const reason = t.reason || (t.signal ? `signal ${t.signal}` : 'terminated');
  const at = t.finishedAt ? moment(t.finishedAt) : undefined;
  const message = t.message ? t.message.trim().split('\n')[0]?.slice(0, 160) || 'none' : 'none';
  const values = { container: best.container, reason, code: String(t.exitCode ?? '?'), message };
  return { line: at ? say('finding.pod.lastTerminatedAt', { ...values, at }) : say('finding.pod.lastTerminated', values), reason };
}

/** Containers waiting in CrashLoopBackOff. */
export function crashLoopingContainers(pod: Pod): string[] {
  return containerStatuses(pod)
    .filter((c) => c.state?.waiting?.reason === 'CrashLoopBackOff')
    .map((c) => c.name ?? '?');
}

/**
 * Restarted within RECENT_RESTART_MS of `now` after a short run. A container that ran for an hour or
 * more before it ended was restarted by a node or runtime reboot (SandboxChanged), not by failing.
 */
export function restartedRecently(f: PodFacts, now: number): boolean {
  const at = Date.parse(f.lastRestartAt ?? '');
  const isShortRun = f.lastRunMs === undefined || f.lastRunMs < SHORT_RUN_MS;
  return f.restarts > 0 && isShortRun && !Number.isNaN(at) && now - at < RECENT_RESTART_MS;
}
