'use client';
/** The node list (server-filtered, compact rows decoded here) and one node's detail, polled from the shared cache. */
import { useMemo } from 'react';
import useSWR from 'swr';
import { decodeNodeRows, nodeDetailUrl, nodesUrl, type NodeDetail, type NodesQuery, type NodesResponse } from '@/lib/api/nodes';
import { fetchJson, shouldRetry } from './fetcher';

export const NODES_POLL_MS = 5_000;
export const NODE_DETAIL_POLL_MS = 3_000;

export function useNodes(query: NodesQuery) {
  const swr = useSWR<NodesResponse>(nodesUrl(query), fetchJson, {
    refreshInterval: NODES_POLL_MS,
    dedupingInterval: NODES_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
  const rows = useMemo(() => (swr.data ? decodeNodeRows(swr.data) : undefined), [swr.data]);
  return { ...swr, rows };
}

export function useNodeDetail(name: string) {
  return useSWR<NodeDetail>(nodeDetailUrl(name), fetchJson, {
    refreshInterval: NODE_DETAIL_POLL_MS,
    dedupingInterval: NODE_DETAIL_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
