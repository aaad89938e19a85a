'use client';
/** The node list (server-filtered, compact rows decoded here) and one node's detail, polled from the shared cache. */
import { useMemo } from 'react';
import useSWR from 'swr';
import type { FirstView } from '@/lib/api/conditional';
import { decodeNodeRows, nodeDetailUrl, nodesUrl, type NodeDetail, type NodesQuery, type NodesResponse } from '@/lib/api/nodes';
import { fetchJson, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';
import { useFirstViewOf } from './first-views';

export const NODES_POLL_MS = 5_000;
export const NODE_DETAIL_POLL_MS = 3_000;

export function useNodes(query: NodesQuery) {
  const url = nodesUrl(query);
  const swr = useSWR<NodesResponse>(url, fetchJson, {
    ...firstViewOptions(url, useFirstViewOf<NodesResponse>(url)),
    refreshInterval: NODES_POLL_MS,
    dedupingInterval: NODES_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
  const rows = useMemo(() => (swr.data ? decodeNodeRows(swr.data) : undefined), [swr.data]);
  return { ...swr, rows };
}

/** `initial`: the page's server-rendered answer, when it has one. */
export function useNodeDetail(name: string, initial?: FirstView<NodeDetail>) {
  const url = nodeDetailUrl(name);
  return useSWR<NodeDetail>(url, fetchJson, {
    ...firstViewOptions(url, initial),
    refreshInterval: NODE_DETAIL_POLL_MS,
    dedupingInterval: NODE_DETAIL_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
}
