/**
 * The recipe both log routes share (a pod's log, a component's merged logs): parse the query, wait
 * for the cache's first sync, then stream (follow, holding a stream slot while it lasts) or answer
 * JSON or plain text.
 */
import 'server-only';
import type { LogsResponse } from '@/lib/api/pod';
import { requestClient } from '@/lib/auth/policy';
import { getClusterCache, type ClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, toErrorResponse } from './errors';
import { parseLogParams, type LogParams } from './log-params';
import { acquireStreamSlot, holdSlotWhileStreaming } from './stream-caps';

export interface LogReaders {
  read(cache: ClusterCache, p: LogParams, signal: AbortSignal): Promise<LogsResponse>;
  follow(cache: ClusterCache, p: LogParams, request: Request): Promise<Response>;
}

export async function serveLogs(request: Request, readers: LogReaders): Promise<Response> {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    const query = parseLogParams(request);
    await result.cache.waitForFirstSync();
    if (query.follow) return await followWithSlot(request, () => readers.follow(result.cache, query, request));
    const logs = await readers.read(result.cache, query, request.signal);
    if (query.format === 'text') {
      const text = logs.lines.map((line) => `${line.text}\n`).join('');
      return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
    return Response.json(logs, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** A follow holds a stream slot from before it opens upstream until its response ends or its client leaves. */
async function followWithSlot(request: Request, follow: () => Promise<Response>): Promise<Response> {
  const granted = acquireStreamSlot(requestClient(request.headers));
  if ('refusal' in granted) return granted.refusal;
  try {
    return holdSlotWhileStreaming(await follow(), granted.slot, request.signal);
  } catch (error) {
    granted.slot.release();
    throw error;
  }
}
