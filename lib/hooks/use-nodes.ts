'use client';
/**
 * The node list, one server-filtered window of rows at a time (decoded here), and one node's detail, polled
 * from the shared cache. While a new window or new filters load, the previous answer stays; `isCurrent` says
 * whether it was for the filters asked now (a window of other filters must not fill this one's rows).
 */
import { useMemo } from 'react';
import useSWR from 'swr';
import type { FirstView } from '@/lib/api/conditional';
import { decodeNodeRows, nodeDetailUrl, nodesUrl, type NodeDetail, type NodesQuery, type NodesResponse } from '@/lib/api/nodes';
import { fetchJson, keepAnswer, shouldRetry } from './fetcher';
import { firstViewOptions } from './first-view';
import { useFirstViewOf } from './first-views';

export const NODES_POLL_MS = 5_000;
export const NODE_DETAIL_POLL_MS = 3_000;

/** The query without its window: two answers with the same key list the same nodes in the same order. */
const listKey = (query: NodesQuery) => JSON.stringify([query.q ?? '', query.status ?? '', query.role ?? '']);

interface Answer {
  listKey: string;
  body: NodesResponse;
}

export function useNodes(query: NodesQuery) {
  const key = listKey(query);
  const url = nodesUrl(query);
  // The page's first view (its first window), kept with its tag so the first poll can be a 304 (first-view.ts).
  const seed = useFirstViewOf<NodesResponse>(url);
  if (seed && typeof window !== 'undefined') keepAnswer(url, seed.etag, seed.data);
  const swr = useSWR<Answer>(url, async (target: string) => ({ listKey: key, body: await fetchJson<NodesResponse>(target) }), {
    ...(seed ? { fallbackData: { listKey: key, body: seed.data }, revalidateOnMount: false } : {}),
    refreshInterval: NODES_POLL_MS,
    dedupingInterval: NODES_POLL_MS / 2,
    keepPreviousData: true,
    shouldRetryOnError: shouldRetry,
  });
  const body = swr.data?.body;
  const rows = useMemo(() => (body ? decodeNodeRows(body) : undefined), [body]);
  return { ...swr, data: body, rows, isCurrent: swr.data?.listKey === key };
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
