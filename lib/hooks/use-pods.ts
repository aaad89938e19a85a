'use client';
/**
 * The pod list, one server-sorted window of rows at a time (decoded here), polled from the shared cache.
 * While a new window or new filters load, the previous answer stays; `isCurrent` says whether it was
 * for the filters and sort asked now (a window of other filters must not fill this one's rows).
 */
import { useMemo } from 'react';
import useSWR from 'swr';
import { decodePodRows, podsApiUrl, type PodsQuery, type PodsResponse } from '@/lib/api/pods';
import { fetchJson, keepAnswer, shouldRetry } from './fetcher';
import { useFirstViewOf } from './first-views';

export const PODS_POLL_MS = 5_000;

/** The query without its window: two answers with the same key list the same pods in the same order. */
const listKey = (query: PodsQuery) => JSON.stringify([query.q ?? '', query.status ?? '', query.node ?? '', query.component ?? '', query.sort ?? '', query.order ?? '']);

interface Answer {
  listKey: string;
  body: PodsResponse;
}

export function usePods(query: PodsQuery) {
  const key = listKey(query);
  const url = podsApiUrl(query);
  // The page's first view (its default window), kept with its tag so the first poll can be a 304 (first-view.ts).
  const seed = useFirstViewOf<PodsResponse>(url);
  if (seed && typeof window !== 'undefined') keepAnswer(url, seed.etag, seed.data);
  const swr = useSWR<Answer>(url, async (target: string) => ({ listKey: key, body: await fetchJson<PodsResponse>(target) }), {
    ...(seed ? { fallbackData: { listKey: key, body: seed.data }, revalidateOnMount: false } : {}),
    refreshInterval: PODS_POLL_MS,
    dedupingInterval: PODS_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
  const body = swr.data?.body;
  const rows = useMemo(() => (body ? decodePodRows(body) : undefined), [body]);
  return { ...swr, data: body, rows, isCurrent: swr.data?.listKey === key };
}
