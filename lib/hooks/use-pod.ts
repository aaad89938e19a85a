'use client';
/** A pod's describe view, refreshed from the server's shared cache; and its YAML, fetched on demand. */
import useSWR from 'swr';
import type { FirstView } from '@/lib/api/conditional';
import { podApiUrl, type PodDetailResponse } from '@/lib/api/pod';
import { ApiError, fetchJson, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';

export const POD_POLL_MS = 5_000;

/** `initial`: the page's server-rendered answer, when it has one. */
export function usePod(name: string, initial?: FirstView<PodDetailResponse>) {
  const url = podApiUrl(name);
  return useSWR<PodDetailResponse>(url, fetchJson, {
    ...firstViewOptions(url, initial),
    refreshInterval: POD_POLL_MS,
    dedupingInterval: POD_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { Accept: 'text/yaml, application/json' } });
  if (response.ok) return response.text();
  const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
  throw new ApiError(response.status, body?.error?.code ?? 'Error', body?.error?.message ?? `${response.status} ${response.statusText}`);
}

/** The pod as YAML; fetched when the YAML tab opens, not polled (the user is reading it). */
export function usePodYaml(name: string, isEnabled: boolean) {
  return useSWR<string>(isEnabled ? podApiUrl(name, { format: 'yaml' }) : null, fetchText, {
    revalidateOnFocus: false,
    shouldRetryOnError: shouldRetry,
  });
}
