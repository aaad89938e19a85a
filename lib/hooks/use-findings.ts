'use client';
/** Findings from `GET /api/findings`, refreshed on a slow poll (the server probes DNS every 30 s). */
import useSWR from 'swr';
import { findingsUrl, type FindingsQuery, type FindingsResponse } from '@/lib/api/findings';
import { fetchJson, shouldRetry } from './fetcher';

export const FINDINGS_POLL_MS = 10_000;

/** Findings for a query. The server filters; counts always cover every finding. */
export function useFindings(query: Omit<FindingsQuery, 'probe'> = {}) {
  return useSWR<FindingsResponse>(findingsUrl(query), fetchJson, {
    refreshInterval: FINDINGS_POLL_MS,
    dedupingInterval: FINDINGS_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}

/** Runs a fresh DNS probe (`?probe=dns`) and returns the answer with every finding. */
export function probeDnsNow(): Promise<FindingsResponse> {
  return fetchJson<FindingsResponse>(findingsUrl({ probe: 'dns' }));
}
