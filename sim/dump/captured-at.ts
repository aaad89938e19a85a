/** When a replayed capture was taken: a dump carries no such field, so it is read off the objects' own timestamps. */
import type { KObject } from '../types';

/**
 * Status and event times that only move forward while a cluster runs: heartbeats, condition transitions,
 * container starts and exits, event times, lease renewals. Creation times count too (a fresh object).
 */
const TIME_KEYS = new Set([
  'creationTimestamp', 'lastHeartbeatTime', 'lastTransitionTime', 'lastProbeTime', 'startedAt', 'finishedAt', 'startTime',
  'lastTimestamp', 'firstTimestamp', 'eventTime', 'renewTime', 'acquireTime', 'lastUpdateTime', 'timestamp',
]);

/**
 * The newest timestamp in the objects (ISO, whole seconds), or undefined when none has one: the last
 * thing the captured cluster recorded, the nearest honest stand-in for the moment of capture.
 */
export function capturedAt(objects: readonly KObject[]): string | undefined {
  let newest = 0;
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key && TIME_KEYS.has(key)) {
        const at = Date.parse(value);
        if (!Number.isNaN(at) && at > newest) newest = at;
      }
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  for (const o of objects) visit(o);
  return newest > 0 ? new Date(Math.floor(newest / 1000) * 1000).toISOString().replace('.000Z', 'Z') : undefined;
}
