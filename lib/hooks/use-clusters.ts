'use client';
/** The fleet (every cluster's card, polled while the fleet page is open) and the context names for the switcher. */
import useSWR from 'swr';
import { CLUSTERS_PATH, CONTEXTS_PATH, type ClustersResponse, type ContextsResponse } from '@/lib/api/clusters';
import { apiUrl } from '@/lib/api/urls';
import { fetchJson, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';
import { useFirstView } from './first-views';

export const CLUSTERS_POLL_MS = 5_000;
const CONTEXTS_POLL_MS = 30_000;

export function useClusters() {
  return useSWR<ClustersResponse>(apiUrl(CLUSTERS_PATH), fetchJson, {
    refreshInterval: CLUSTERS_POLL_MS,
    dedupingInterval: CLUSTERS_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}

export function useContexts() {
  const url = apiUrl(CONTEXTS_PATH);
  return useSWR<ContextsResponse>(url, fetchJson, {
    ...firstViewOptions(url, useFirstView<ContextsResponse>(CONTEXTS_PATH)),
    refreshInterval: CONTEXTS_POLL_MS,
    dedupingInterval: CONTEXTS_POLL_MS / 2,
    shouldRetryOnError: shouldRetry,
  });
}
