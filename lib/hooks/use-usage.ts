'use client';
/** One SWR hook per `/api/usage/*` endpoint, polled at the server's sample interval (new data arrives no faster). */
import useSWR from 'swr';
import {
  USAGE_API, type ComponentUsageResponse, type GroupsUsageResponse, type MetricsStatus, type NodeUsageResponse,
  type TopNodesResponse, type TopPodsResponse, type TopSort, type UsageRange,
} from '@/lib/api/usage';
import { apiUrl } from '@/lib/api/urls';
import { fetchJson, shouldRetry, type ApiError } from './fetcher';
import { firstViewOptions } from './first-view';
import { useFirstView } from './first-views';

/** Until the first answer says otherwise: metrics-server's resolution. */
export const USAGE_POLL_MS = 15_000;
/** Sooner while waiting for the first sample, so charts appear without a reload. */
export const USAGE_STARTING_POLL_MS = 3_000;

function pollMs(data: { metrics: MetricsStatus } | undefined): number {
  if (!data) return USAGE_POLL_MS;
  if (data.metrics.state === 'starting') return USAGE_STARTING_POLL_MS;
  return Math.max(1_000, data.metrics.intervalSeconds * 1_000);
}

/** `path`: the API path with its query (USAGE_API); the page's first view of it, when it rendered one, comes first. */
function useUsage<T extends { metrics: MetricsStatus }>(path: string) {
  const url = apiUrl(path);
  return useSWR<T, ApiError>(url, fetchJson, {
    ...firstViewOptions(url, useFirstView<T>(path)),
    refreshInterval: pollMs,
    dedupingInterval: 500,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}

export const useComponentUsage = (id: string, range: UsageRange) => useUsage<ComponentUsageResponse>(USAGE_API.component(id, range));
export const useNodeUsage = (name: string, range: UsageRange) => useUsage<NodeUsageResponse>(USAGE_API.node(name, range));
export const useGroupsUsage = (range: UsageRange) => useUsage<GroupsUsageResponse>(USAGE_API.groups(range));
export const useTopPods = (sort: TopSort, limit?: number) => useUsage<TopPodsResponse>(USAGE_API.topPods(sort, limit));
export const useTopNodes = (sort: TopSort, limit?: number) => useUsage<TopNodesResponse>(USAGE_API.topNodes(sort, limit));
