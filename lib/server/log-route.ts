/**
 * The recipe both log routes share (a pod's log, a component's merged logs): parse the query, wait
 * for the cache's first sync, then stream (follow) or answer JSON or plain text.
 */
import 'server-only';
import type { LogsResponse } from '@/lib/api/pod';
import { getClusterCache, type ClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, toErrorResponse } from './errors';
import { parseLogParams, type LogParams } from './log-params';

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
    if (query.follow) return await readers.follow(result.cache, query, request);
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
