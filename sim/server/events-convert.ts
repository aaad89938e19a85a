/**
 * Conversion between core/v1 Events and events.k8s.io/v1 Events: the API server stores one Event and
 * serves it in both group versions, so the demo store keeps core events and converts on the way out.
 */
import type { KObject } from '../types';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function compact(o: Any): Any {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** core/v1 Event → events.k8s.io/v1 Event (`involvedObject` → `regarding`, `message` → `note`, …). */
export function toEventsV1(core: KObject): KObject {
  const e = core as Any;
  return compact({
    kind: 'Event',
    apiVersion: 'events.k8s.io/v1',
    metadata: core.metadata,
    eventTime: e.eventTime ?? null,
    series: e.series,
    reportingController: e.reportingComponent || e.source?.component,
    reportingInstance: e.reportingInstance || e.source?.host,
    action: e.action,
    reason: e.reason,
    regarding: e.involvedObject,
    related: e.related,
    note: e.message,
    type: e.type,
    deprecatedSource: e.source,
    deprecatedFirstTimestamp: e.firstTimestamp,
    deprecatedLastTimestamp: e.lastTimestamp,
    deprecatedCount: e.count,
  }) as KObject;
}

/** events.k8s.io/v1 Event → core/v1 Event, so a source may hand the server either form. */
export function toCoreEvent(ev: KObject): KObject {
  const e = ev as Any;
  return compact({
    kind: 'Event',
    apiVersion: 'v1',
    metadata: ev.metadata,
    involvedObject: e.regarding ?? {},
    reason: e.reason,
    message: e.note,
    source: e.deprecatedSource ?? (e.reportingController ? { component: e.reportingController, host: e.reportingInstance } : {}),
    firstTimestamp: e.deprecatedFirstTimestamp ?? null,
    lastTimestamp: e.deprecatedLastTimestamp ?? null,
    count: e.deprecatedCount,
    type: e.type,
    eventTime: e.eventTime ?? null,
    series: e.series,
    action: e.action,
    related: e.related,
    reportingComponent: e.reportingController ?? '',
    reportingInstance: e.reportingInstance ?? '',
  }) as KObject;
}
