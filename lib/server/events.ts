/** `GET /api/events`: kube-system Events from the shared cache as rows, newest first, memoized per cache version; filtered and capped per request. */
import 'server-only';
import { DEFAULT_EVENTS_LIMIT, type EventRow, type EventsQuery, type EventsResponse } from '@/lib/api/events';
import type { ClusterCache } from '@/lib/kube/cache';
import { compareEventsNewestFirst, countBy, filterEvents, toEventRow, type KubeEvent } from '@/lib/model/events';
import { memoByVersion } from './memo';

/** Every cached kube-system Event as a row, newest first. */
export const eventRows = memoByVersion((cache: ClusterCache): EventRow[] =>
  (cache.objects('events') as unknown as KubeEvent[]).map(toEventRow).sort(compareEventsNewestFirst),
);

const facets = memoByVersion((cache: ClusterCache) => {
  const rows = eventRows(cache);
  return { reasons: countBy(rows, (r) => r.reason), types: countBy(rows, (r) => r.type) };
});

export function listEvents(cache: ClusterCache, query: EventsQuery): EventsResponse {
  const rows = eventRows(cache);
  const matched = filterEvents(rows, query);
  const limit = query.limit ?? DEFAULT_EVENTS_LIMIT;
  return {
    total: rows.length,
    matched: matched.length,
    limit,
    events: matched.slice(0, limit),
    ...facets(cache),
    ...forbidden(cache),
    ...notServed(cache),
    generatedAt: new Date().toISOString(),
  };
}

/** Why the list is empty when the API server does not serve Events (the informer's message). */
function notServed(cache: ClusterCache): { notServed?: string } {
  const informer = cache.informers.get('events');
  return informer?.state === 'unserved' ? { notServed: informer.message ?? 'not served by this API server' } : {};
}

/** Why the list is empty when the API server forbids reading Events (the informer's message). */
function forbidden(cache: ClusterCache): { forbidden?: string } {
  const informer = cache.informers.get('events');
  return informer?.state === 'forbidden' ? { forbidden: informer.message ?? 'needs list and watch on events in kube-system' } : {};
}
