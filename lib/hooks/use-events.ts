'use client';
/** kube-system events, filtered on the server, polled so the list is live. */
import useSWR from 'swr';
import { eventsUrl, type EventsQuery, type EventsResponse } from '@/lib/api/events';
import { fetchJson, shouldRetry } from './fetcher';

export const EVENTS_POLL_MS = 3_000;

export function useEvents(query: EventsQuery) {
  return useSWR<EventsResponse>(eventsUrl(query), fetchJson, {
    refreshInterval: EVENTS_POLL_MS,
    dedupingInterval: EVENTS_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
