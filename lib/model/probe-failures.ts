/**
 * Failing probes as the kubelet reports them: its `Unhealthy` Warning events about a pod ("Readiness
 * probe failed: HTTP probe failed with statuscode: 500", count 183), indexed by pod. Pure.
 */
import type { KubeEvent } from './events';

export type ProbeKind = 'readiness' | 'liveness' | 'startup';

export interface ProbeFailure {
  probe: ProbeKind;
  /** The container the event names (`spec.containers{coredns}`), when it names one. */
  container?: string;
  /** What the probe saw, after the kubelet's "… probe failed: " prefix; may be empty. */
  message: string;
  /** How many times the kubelet reported it (the Event's count, or its series count). */
  count: number;
  firstSeenMs?: number;
  lastSeenMs?: number;
}

const PROBE_MESSAGE = /^(Readiness|Liveness|Startup) probe (?:failed|errored)(?::\s*([\s\S]*))?$/;
const FIELD_CONTAINER = /\{([^}]+)\}/;

function parseTime(value: string | null | undefined): number | undefined {
  const at = value ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : at;
}

/**
 * One `Unhealthy` event as a probe failure, or undefined for any other event. Kubernetes fact: the kubelet's
 * prober records `Warning Unhealthy "<Kind> probe failed: <output>"` on the pod, with the container in
 * `involvedObject.fieldPath`, and the event recorder counts repeats in `count` (events.k8s.io: `series.count`).
 */
export function toProbeFailure(event: KubeEvent): ProbeFailure | undefined {
  if (event.reason !== 'Unhealthy') return undefined;
  const text = (event.message ?? event.note ?? '').trim();
  const match = PROBE_MESSAGE.exec(text);
  if (!match) return undefined;
  const container = FIELD_CONTAINER.exec(event.involvedObject?.fieldPath ?? event.regarding?.fieldPath ?? '')?.[1];
  const first = parseTime(event.firstTimestamp) ?? parseTime(event.eventTime);
  const last = parseTime(event.series?.lastObservedTime) ?? parseTime(event.lastTimestamp) ?? parseTime(event.eventTime);
  return {
    probe: match[1]!.toLowerCase() as ProbeKind,
    ...(container ? { container } : {}),
    message: (match[2] ?? '').trim().split('\n')[0]!.trim(),
    count: Math.max(1, event.series?.count ?? event.count ?? 1),
    ...(first !== undefined ? { firstSeenMs: first } : {}),
    ...(last !== undefined ? { lastSeenMs: last } : {}),
  };
}

/** Probe failures per pod name, newest first. Only Pod events are read. */
export function indexProbeFailures(events: readonly KubeEvent[]): Map<string, ProbeFailure[]> {
  const byPod = new Map<string, ProbeFailure[]>();
  for (const event of events) {
    const object = event.involvedObject ?? event.regarding;
    if (object?.kind !== 'Pod' || !object.name) continue;
    const failure = toProbeFailure(event);
    if (!failure) continue;
    const list = byPod.get(object.name);
    if (list) list.push(failure);
    else byPod.set(object.name, [failure]);
  }
  for (const list of byPod.values()) list.sort((a, b) => (b.lastSeenMs ?? 0) - (a.lastSeenMs ?? 0));
  return byPod;
}
