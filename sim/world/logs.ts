/** Container logs computed lazily from time and seed: banner at start, then a line per interval, at most the last 5,000 lines, nothing stored. */
import type { LogLine } from '../types';
import { currentInstance, crashInstanceLog, instanceEnd, isRunningAt, type CrashLoop } from './crashloop';
import type { ContainerRec, PodRec, World } from './model';
import { ADDON_PROFILES } from './logprofiles-addons';
import { BACKUP_PROFILES } from './logprofiles-backup';
import { CORE_PROFILES, type LogProfile } from './logprofiles-core';
import { hashKey, mulberry32 } from './rand';

/** Like the kubelet's log files after rotation, a request sees at most the recent part of a container's log. */
export const MAX_LOG_LINES = 5_000;
const BANNER_STEP_MS = 37;
const FIRST_LINE_AFTER_MS = 2_000;

const PROFILES: Record<string, LogProfile> = { ...CORE_PROFILES, ...ADDON_PROFILES, ...BACKUP_PROFILES };

/** The lines one container instance wrote between `start` and `end` (inclusive), the last MAX_LOG_LINES of them. */
export function instanceLines(w: World, pod: PodRec, c: ContainerRec, start: number, end: number): LogLine[] {
  const profile = PROFILES[c.profile];
  if (!profile || end < start) return [];
  const ctx = { w, pod, c };
  const bannerAt = (i: number) => start + 40 + i * BANNER_STEP_MS;
  const banner = profile.banner(bannerAt, ctx).map((text, i) => ({ time: bannerAt(i), text }));
  const out: LogLine[] = [];
  const I = profile.intervalMs;
  const base = start + FIRST_LINE_AFTER_MS;
  const key = hashKey(w.seed, pod.name, c.name, start);
  let n = 0;
  if (I > 0 && end >= base) n = Math.floor((end - base) / I) + 1;
  const jitter = (k: number) => Math.floor(mulberry32(key ^ Math.imul(k + 1, 0x9e3779b1))() * (I / 2));
  if (n > 0 && base + (n - 1) * I + jitter(n - 1) > end) n--;
  if (n < MAX_LOG_LINES) out.push(...banner.filter((l) => l.time <= end).slice(-(MAX_LOG_LINES - n)));
  for (let k = Math.max(0, n - MAX_LOG_LINES); k < n; k++) {
    const r = mulberry32(key ^ Math.imul(k + 7, 0x85ebca6b));
    const t = base + k * I + jitter(k);
    out.push({ time: t, text: profile.line(r, t, ctx, k) });
  }
  out.sort((a, b) => a.time - b.time);
  return out;
}

function crashLog(w: World, pod: PodRec, c: ContainerRec, loop: CrashLoop, previous: boolean, now: number): LogLine[] | undefined {
  const k = currentInstance(loop, now);
  const running = isRunningAt(loop, now);
  // The kubelet serves lastState.terminated's container for `previous`, and also for a container waiting to restart.
  const instance = previous && running ? k - 1 : k;
  if (instance < 0 || (previous && k === 0)) return undefined;
  if (instance === 0) return [...instanceLines(w, pod, c, loop.firstStart, loop.began - 2_500), ...crashInstanceLog(w, loop, 0)].slice(-MAX_LOG_LINES);
  return crashInstanceLog(w, loop, instance).filter((l) => l.time <= Math.max(now, instanceEnd(loop, instance) - 1));
}

/**
 * `GET /api/v1/namespaces/kube-system/pods/<pod>/log`: the current instance's lines up to `now`, or with
 * `previous` the last terminated instance's (undefined when restartCount is 0, as the kubelet answers 400).
 */
export function podLogs(w: World, crash: CrashLoop | undefined, podName: string, container: string, previous: boolean, now: number): LogLine[] | undefined {
  const pod = w.podsByName.get(podName);
  const c = pod?.containers.find((x) => x.name === container);
  if (!pod || !c) return undefined;
  if (crash && crash.pod === podName && crash.container === container) return crashLog(w, pod, c, crash, previous, now);
  const stopAt = pod.node.downSince !== undefined ? Math.min(now, pod.node.downSince) : now;
  if (previous) {
    if (!c.previous) return undefined;
    const { startedAt, finishedAt, lastLines } = c.previous;
    return [...instanceLines(w, pod, c, startedAt, (lastLines[0]?.time ?? finishedAt) - 1), ...lastLines].slice(-MAX_LOG_LINES);
  }
  const end = c.isInit ? Math.min(stopAt, c.startedAt + 1_000) : stopAt;
  return instanceLines(w, pod, c, c.startedAt, end);
}
