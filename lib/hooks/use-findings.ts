'use client';
/** Findings from `GET /api/findings`, refreshed on a slow poll (the server probes DNS every 30 s). */
import useSWR from 'swr';
import { FINDINGS_PATH, findingsUrl, type FindingsQuery, type FindingsResponse } from '@/lib/api/findings';
import { apiPath } from '@/lib/api/urls';
import { fetchJson, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';
import { useFirstView } from './first-views';

export const FINDINGS_POLL_MS = 10_000;

/** Findings for a query (from the page's first views when it has them). The server filters; counts always cover every finding. */
export function useFindings(query: Omit<FindingsQuery, 'probe'> = {}) {
  const url = findingsUrl(query);
  return useSWR<FindingsResponse>(url, fetchJson, {
    ...firstViewOptions(url, useFirstView<FindingsResponse>(apiPath(FINDINGS_PATH, { ...query }))),
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
