/** The events contract: `GET /api/events` (kube-system Events, newest first, filtered on the server) and its URL builder. */
import { apiUrl } from './urls';

export type EventType = 'Normal' | 'Warning';

export interface EventRow {
  /** The Event's uid (or name), stable across updates of the same event. */
  id: string;
  type: string;
  reason: string;
  message: string;
  object: { kind: string; name: string; namespace?: string; href: string };
  count: number;
  /** ISO times; lastSeen is what the list is sorted by. */
  firstSeen?: string;
  lastSeen?: string;
  /** Reporting component (and host), e.g. `kubelet, worker-2`. */
  source: string;
}

export interface EventsQuery {
  type?: string;
  reason?: string;
  /** `kind/name` (`pod/coredns-…`), or a bare name. */
  object?: string;
  limit?: number;
}

export interface EventsResponse {
  /** Events in kube-system (the cache's whole count). */
  total: number;
  /** Events matching the filters; `events` holds at most `limit` of them. */
  matched: number;
  limit: number;
  events: EventRow[];
  /** Facets over all events, for the filter pickers: reason → count, type → count. */
  reasons: Record<string, number>;
  types: Record<string, number>;
  /**
   * Set when the dashboard may not read Events (403): which permission is missing, e.g. `needs list and
   * watch on events in kube-system: events is forbidden: User "…" cannot list resource "events" …`.
   */
  forbidden?: string;
  /**
   * Set when the API server does not serve Events (404, absent from discovery; on a replayed capture: none
   * captured): `not served by this API server (…)` or `not in the capture (…)`. The list is unknown, not empty.
   */
  notServed?: string;
  generatedAt: string;
}

export const EVENTS_API = '/api/events';
export const DEFAULT_EVENTS_LIMIT = 500;
export const MAX_EVENTS_LIMIT = 5_000;

export function eventsUrl(query: EventsQuery = {}): string {
  return apiUrl(EVENTS_API, { type: query.type, reason: query.reason, object: query.object, limit: query.limit });
}
