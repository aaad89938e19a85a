/** The degraded scenario's CoreDNS crash loop as a pure function of time: restarts with the kubelet's exponential back-off, container state, and each instance's log. */
import { MINUTE_MS, iso, type World } from './model';
import { containerId, imageId } from './pods';
import { int, rngFor } from './rand';

/** Each instance of the crashing container lives this long before the loop plugin kills it. */
export const CRASH_RUN_MS = 2_000;
/** The kubelet's crash back-off: 10 s doubling per restart, capped at 5 min. */
const backoff = (restart: number) => Math.min(10_000 * 2 ** (restart - 1), 300_000);

/** `firstStart`: when instance 0 (healthy until `began`) started. */
export interface CrashLoop { pod: string; container: string; began: number; firstStart: number }

export function planCrashLoop(w: World, pod: string, firstStart: number): CrashLoop {
  return { pod, container: 'coredns', began: w.start - int(rngFor(w.seed, 'crash-began'), 40, 55) * MINUTE_MS, firstStart };
}

/** Start time of instance `k` (instance 0 is the one that ran healthy until `began`). */
export function instanceStart(loop: CrashLoop, k: number): number {
  let t = loop.began;
  for (let i = 1; i <= k; i++) t += backoff(i) + (i > 1 ? CRASH_RUN_MS : 0);
  return t;
}

export function instanceEnd(loop: CrashLoop, k: number): number {
  return k === 0 ? loop.began : instanceStart(loop, k) + CRASH_RUN_MS;
}

/** The latest instance started at or before `now` (its number is the restartCount). */
export function currentInstance(loop: CrashLoop, now: number): number {
  let k = 0;
  while (instanceStart(loop, k + 1) <= now) k++;
  return k;
}

/** Whether instance k is running at `now` (inside its short life) or the container waits in CrashLoopBackOff. */
export function isRunningAt(loop: CrashLoop, now: number): boolean {
  const k = currentInstance(loop, now);
  return k > 0 && now < instanceEnd(loop, k);
}

/** The containerStatuses entry the kubelet reports at `now`. */
export function crashStatus(w: World, loop: CrashLoop, image: string, now: number): Record<string, unknown> {
  const k = currentInstance(loop, now);
  const running = isRunningAt(loop, now);
  const last = running ? k - 1 : k;
  const terminated = {
    containerID: containerId(w, loop.pod, loop.container, last), exitCode: 1, reason: 'Error',
    startedAt: iso(last === 0 ? loop.firstStart : instanceStart(loop, last)), finishedAt: iso(instanceEnd(loop, last)),
  };
  const base = { name: loop.container, image, imageID: imageId(image), ready: false, restartCount: k, lastState: { terminated } };
  if (running) return { ...base, containerID: containerId(w, loop.pod, loop.container, k), started: true, state: { running: { startedAt: iso(instanceStart(loop, k)) } } };
  const backOff = Math.round(backoff(k + 1) / 1000);
  const pretty = backOff >= 60 ? `${Math.floor(backOff / 60)}m${backOff % 60}s` : `${backOff}s`;
  return {
    ...base, containerID: terminated.containerID, started: false,
    state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${pretty} restarting failed container=${loop.container} pod=${loop.pod}_kube-system(${w.podsByName.get(loop.pod)?.uid})` } },
  };
}

/** A CoreDNS instance's whole log: the banner, then the loop plugin's fatal detection. */
export function crashInstanceLog(w: World, loop: CrashLoop, k: number): { time: number; text: string }[] {
  const start = k === 0 ? loop.began - 2_000 : instanceStart(loop, k);
  const r = rngFor(w.seed, 'crash-log', k);
  const hinfo = `${int(r, 1e9, 9e9)}${int(r, 1e8, 9e8)}.${int(r, 1e9, 9e9)}${int(r, 1e8, 9e8)}`;
  if (k === 0) {
    // Instance 0 ran for days; the reload plugin re-initialised the server and the loop plugin fired.
    return [
      { time: start, text: '[INFO] Reloading' },
      { time: start + 12, text: '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908' },
      { time: start + 1_870, text: `[FATAL] plugin/loop: Loop (127.0.0.1:${int(r, 32768, 60999)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO ${hinfo}."` },
    ];
  }
  return [
    { time: start + 310, text: '.:53' },
    { time: start + 311, text: '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908' },
    { time: start + 312, text: 'CoreDNS-1.11.3' },
    { time: start + 313, text: 'linux/amd64, go1.21.11, a6338e9' },
    { time: start + 1_870, text: `[FATAL] plugin/loop: Loop (127.0.0.1:${int(r, 32768, 60999)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO ${hinfo}."` },
  ];
}
