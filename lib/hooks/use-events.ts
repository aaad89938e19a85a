'use client';
/** kube-system events, filtered on the server, polled so the list is live. */
import useSWR from 'swr';
import { eventsUrl, type EventsQuery, type EventsResponse } from '@/lib/api/events';
import { fetchJson, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';
import { useFirstViewOf } from './first-views';

export const EVENTS_POLL_MS = 3_000;

export function useEvents(query: EventsQuery) {
  const url = eventsUrl(query);
  return useSWR<EventsResponse>(url, fetchJson, {
    ...firstViewOptions(url, useFirstViewOf<EventsResponse>(url)),
    refreshInterval: EVENTS_POLL_MS,
    dedupingInterval: EVENTS_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
