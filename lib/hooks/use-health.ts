'use client';
/** The cluster's health as the server's poller last saw it (it polls on its own timer; this only reads). */
import useSWR from 'swr';
import { healthUrl, type HealthResponse } from '@/lib/api/health';
import { fetchJson, shouldRetry } from './fetcher';

export const HEALTH_POLL_MS = 5_000;

export function useHealth() {
  return useSWR<HealthResponse>(healthUrl(), fetchJson, {
    refreshInterval: HEALTH_POLL_MS,
    dedupingInterval: HEALTH_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
