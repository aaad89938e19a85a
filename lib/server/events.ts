/** `GET /api/events`: kube-system Events from the cluster's cache as rows, newest first, memoized per runtime version; filtered and capped per request. */
import 'server-only';
import { DEFAULT_EVENTS_LIMIT, type EventRow, type EventsQuery, type EventsResponse } from '@/lib/api/events';
import { compareEventsNewestFirst, countBy, filterEvents, toEventRow } from '@/lib/model/events';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';

/** Every cached kube-system Event as a row, newest first. */
export const eventRows = memoByVersion((runtime: ClusterRuntime): EventRow[] =>
  runtime.list('events').map(toEventRow).sort(compareEventsNewestFirst),
);

const facets = memoByVersion((runtime: ClusterRuntime) => {
  const rows = eventRows(runtime);
  return { reasons: countBy(rows, (r) => r.reason), types: countBy(rows, (r) => r.type) };
});

export function listEvents(runtime: ClusterRuntime, query: EventsQuery): EventsResponse {
  const rows = eventRows(runtime);
  const matched = filterEvents(rows, query);
  const limit = query.limit ?? DEFAULT_EVENTS_LIMIT;
  return {
    total: rows.length,
    matched: matched.length,
    limit,
    events: matched.slice(0, limit),
    ...facets(runtime),
    ...forbidden(runtime),
    ...notServed(runtime),
    generatedAt: new Date().toISOString(),
  };
}

/** Why the list is empty when the API server does not serve Events (the informer's message). */
function notServed(runtime: ClusterRuntime): { notServed?: string } {
  const informer = runtime.cache.informer('events');
  return informer.state === 'unserved' ? { notServed: informer.message ?? 'not served by this API server' } : {};
}

/** Why the list is empty when the API server forbids reading Events (the informer's message). */
function forbidden(runtime: ClusterRuntime): { forbidden?: string } {
  const informer = runtime.cache.informer('events');
  return informer.state === 'forbidden' ? { forbidden: informer.message ?? 'needs list and watch on events in kube-system' } : {};
}
