'use client';
/** The overview, refreshed every few seconds from the server's shared cache (cheap: it is memoized). */
import useSWR from 'swr';
import type { FirstView } from '@/lib/api/conditional';
import type { OverviewResponse } from '@/lib/api/types';
import { API, apiUrl } from '@/lib/api/urls';
import { fetchJson, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';
import { useFirstView } from './first-views';

export const OVERVIEW_POLL_MS = 2_000;

/** `initial`: the page's server-rendered answer, when it has one; else the layout's (first-views.tsx). */
export function useOverview(initial?: FirstView<OverviewResponse>) {
  const url = apiUrl(API.overview);
  const seeded = useFirstView<OverviewResponse>(API.overview);
  return useSWR<OverviewResponse>(url, fetchJson, {
    ...firstViewOptions(url, initial ?? seeded),
    refreshInterval: OVERVIEW_POLL_MS,
    // SWR's default 2 s deduping would swallow a 2 s refresh; keep it below the interval.
    dedupingInterval: OVERVIEW_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
