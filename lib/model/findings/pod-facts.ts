/** What the findings rules say about a pod: its kubectl status line, last termination, crash loop and restarts. */
import { humanDuration } from '../duration';
import type { Pod } from '../k8s';
import { SHORT_RUN_MS, type PodFacts } from '../pod-evidence';
import type { ContainerStatusLike } from '../pod-status';

/** A restart within this window counts as recent. */
export const RECENT_RESTART_MS = 60 * 60 * 1000;

export function containerStatuses(pod: Pod): ContainerStatusLike[] {
  return [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].filter(Boolean) as ContainerStatusLike[];
}

/** `coredns-7db6d8ff4d-x2x9q: CrashLoopBackOff, READY 0/1, 14 restarts, node w-1`. */
export function describePodLine(f: PodFacts): string {
  const restarts = f.restarts === 1 ? '1 restart' : `${f.restarts.toLocaleString('en-US')} restarts`;
  return `${f.name}: ${f.display}, READY ${f.ready}, ${restarts}${f.node ? `, node ${f.node}` : ''}`;
}

/** The most recent termination of any container: `container coredns last terminated: Error (exit code 1) 40 s ago`. */
export function lastTermination(pod: Pod, now: number): { line: string; reason: string } | undefined {
  let best: { container: string; t: NonNullable<NonNullable<ContainerStatusLike['lastState']>['terminated']> } | undefined;
  for (const c of containerStatuses(pod)) {
    const t = c.lastState?.terminated ?? c.state?.terminated;
    if (!t) continue;
    if (!best || Date.parse(t.finishedAt ?? '') > Date.parse(best.t.finishedAt ?? '')) best = { container: c.name ?? '?', t };
  }
  if (!best) return undefined;
  const { t } = best;
  const reason = t.reason || (t.signal ? `signal ${t.signal}` : 'terminated');
  const finished = Date.parse(t.finishedAt ?? '');
  const ago = Number.isNaN(finished) ? '' : ` ${humanDuration(Math.max(0, now - finished))} ago`;
  const message = t.message ? `: ${t.message.trim().split('\n')[0]?.slice(0, 160)}` : '';
  return { line: `container ${best.container} last terminated: ${reason} (exit code ${t.exitCode ?? '?'})${ago}${message}`, reason };
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
