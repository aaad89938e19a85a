'use client';
/** The kube-system inventory (polled) and one ConfigMap's data (fetched only when asked for). */
import useSWR from 'swr';
import { configMapUrl, inventoryUrl, type ConfigMapData, type InventoryResponse } from '@/lib/api/inventory';
import { fetchJson, shouldRetry } from './fetcher';

export const INVENTORY_POLL_MS = 10_000;

export function useInventory() {
  return useSWR<InventoryResponse>(inventoryUrl(), fetchJson, {
    refreshInterval: INVENTORY_POLL_MS,
    dedupingInterval: INVENTORY_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}

/** `name` undefined (disclosure closed) fetches nothing. */
export function useConfigMapData(name: string | undefined) {
  return useSWR<ConfigMapData>(name ? configMapUrl(name) : null, fetchJson, { shouldRetryOnError: shouldRetry, revalidateOnFocus: false });
}
