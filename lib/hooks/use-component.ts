'use client';
/** One component's detail, refreshed every few seconds from the server's shared cache (memoized there). */
import useSWR from 'swr';
import { componentApiUrl, type ComponentDetailResponse } from '@/lib/api/component';
import type { FirstView } from '@/lib/api/conditional';
import { fetchJson, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';

export const COMPONENT_POLL_MS = 3_000;

/** `initial`: the page's server-rendered answer for this id and pod page, when it has one. */
export function useComponent(id: string, podPage: number, initial?: FirstView<ComponentDetailResponse>) {
  const url = componentApiUrl(id, podPage);
  return useSWR<ComponentDetailResponse>(url, fetchJson, {
    ...firstViewOptions(url, initial),
    refreshInterval: COMPONENT_POLL_MS,
    // SWR's default 2 s deduping would swallow part of the refresh; keep it below the interval.
    dedupingInterval: COMPONENT_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
