'use client';
/** One component's detail, refreshed every few seconds from the server's shared cache (memoized there). */
import useSWR from 'swr';
import { componentApiUrl, type ComponentDetailResponse } from '@/lib/api/component';
import { fetchJson, shouldRetry } from './fetcher';

export const COMPONENT_POLL_MS = 3_000;

export function useComponent(id: string, podPage: number) {
  return useSWR<ComponentDetailResponse>(componentApiUrl(id, podPage), fetchJson, {
    refreshInterval: COMPONENT_POLL_MS,
    // SWR's default 2 s deduping would swallow part of the refresh; keep it below the interval.
    dedupingInterval: COMPONENT_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
