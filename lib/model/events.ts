/**
 * kube-system Events as rows: times and counts from either Event API shape, the object each is about
 * with a link to its page, newest first, and the filters of the events page. Pure.
 */
import type { EventRow, EventsQuery } from '@/lib/api/events';
import { nodeHref, podHref } from '@/lib/api/urls';

/** core/v1 Event, with the events.k8s.io/v1 fields a server may also fill. */
export interface KubeEvent {
  metadata?: { name?: string; uid?: string; namespace?: string; creationTimestamp?: string | null } | null;
  type?: string;
  reason?: string;
  message?: string;
  note?: string;
  count?: number | null;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string | null } | null;
  involvedObject?: { kind?: string; name?: string; namespace?: string; fieldPath?: string } | null;
  regarding?: { kind?: string; name?: string; namespace?: string; fieldPath?: string } | null;
  source?: { component?: string; host?: string } | null;
  reportingComponent?: string;
  reportingInstance?: string;
}

/** Anchor of an object on the inventory page: `deployment-coredns`. */
export function inventoryAnchor(kind: string, name: string): string {
  return `${kind.toLowerCase()}-${name}`;
}

/** Where an event's object lives in the app: pods and nodes have pages, the rest an inventory row. */
export function objectHref(kind: string, name: string): string {
  if (kind === 'Pod') return podHref(name);
  if (kind === 'Node') return nodeHref(name);
  return `/inventory#${inventoryAnchor(kind, name)}`;
}

/**
 * One Event as a row. Kubernetes fact: core/v1 Events carry first/lastTimestamp and count; events
 * written through events.k8s.io/v1 carry eventTime and series (count, lastObservedTime) instead.
 */
export function toEventRow(event: KubeEvent): EventRow {
  const involved = event.involvedObject ?? event.regarding ?? {};
  const kind = involved.kind ?? '';
  const name = involved.name ?? '';
  const created = event.metadata?.creationTimestamp ?? undefined;
  const firstSeen = event.firstTimestamp || event.eventTime || created || undefined;
  const lastSeen = event.series?.lastObservedTime || event.lastTimestamp || event.eventTime || created || undefined;
  const component = event.source?.component || event.reportingComponent || '';
  const host = event.source?.host || '';
  return {
    id: event.metadata?.uid || event.metadata?.name || `${kind}/${name}/${event.reason}/${lastSeen}`,
    type: event.type || 'Normal',
    reason: event.reason || '',
    message: (event.message ?? event.note ?? '').trim(),
    object: { kind, name, ...(involved.namespace ? { namespace: involved.namespace } : {}), href: objectHref(kind, name) },
    count: Math.max(1, event.series?.count ?? event.count ?? 1),
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
    source: [component, host].filter(Boolean).join(', '),
  };
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);

/** Newest first by last seen; ties by name so the order is stable between polls. */
export function compareEventsNewestFirst(a: EventRow, b: EventRow): number {
  return time(b.lastSeen) - time(a.lastSeen) || a.object.name.localeCompare(b.object.name) || a.id.localeCompare(b.id);
}

/**
 * Parses an object filter: `pod/coredns-abc` (kind as kubectl's resource names it: pod, node,
 * deployment, replicaset …, singular or plural, any case) or a bare name.
 */
export function parseObjectFilter(value: string | undefined): { kind?: string; name: string } | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const slash = text.indexOf('/');
  if (slash < 0) return { name: text };
  const kind = text.slice(0, slash).toLowerCase().replace(/s$/, '');
  return { ...(kind ? { kind } : {}), name: text.slice(slash + 1) };
}

/** Events matching every given filter: type and reason exactly (case-insensitive), object kind exactly and name as a prefix. */
export function filterEvents(rows: readonly EventRow[], query: Pick<EventsQuery, 'type' | 'reason' | 'object'>): EventRow[] {
  const type = query.type?.toLowerCase();
  const reason = query.reason?.toLowerCase();
  const object = parseObjectFilter(query.object);
  return rows.filter((row) => {
    if (type && row.type.toLowerCase() !== type) return false;
    if (reason && row.reason.toLowerCase() !== reason) return false;
    if (object) {
      if (object.kind && row.object.kind.toLowerCase() !== object.kind) return false;
      if (!row.object.name.startsWith(object.name)) return false;
    }
    return true;
  });
}

/** value → how many rows have it (for filter pickers). */
export function countBy(rows: readonly EventRow[], key: (row: EventRow) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const value = key(row);
    if (value) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}
