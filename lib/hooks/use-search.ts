'use client';
/** Search results for what is typed in the header's search box (no polling; each query once). */
import useSWR from 'swr';
import { searchUrl, type SearchResponse } from '@/lib/api/search';
import { fetchJson, shouldRetry } from './fetcher';

export function useSearch(query: string) {
  const q = query.trim();
  return useSWR<SearchResponse>(q ? searchUrl(q) : null, fetchJson, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    shouldRetryOnError: shouldRetry,
  });
}
