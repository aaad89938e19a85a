/**
 * What both log routes answer (a pod's log, a component's merged logs) once the route recipe has parsed
 * the query and synced the runtime: a followed stream holding a stream slot while it lasts, plain text,
 * or the lines as JSON.
 */
import 'server-only';
import type { LogsResponse } from '@/lib/api/pod';
import { requestClient } from '@/lib/auth/policy';
import { withResumeCursor, type LogParams } from './log-params';
import type { RouteInput } from './route';
import type { ClusterRuntime } from './runtime';
import { acquireStreamSlot, holdSlotWhileStreaming } from './stream-caps';

export interface LogReaders {
  read(runtime: ClusterRuntime, p: LogParams, signal: AbortSignal): Promise<LogsResponse>;
  follow(runtime: ClusterRuntime, p: LogParams, request: Request): Promise<Response>;
}

/** The logs as the query asks: an SSE Response (follow), a text Response (`format=text`), or the JSON DTO. */
export async function answerLogs({ runtime, query, request }: RouteInput<unknown, LogParams>, readers: LogReaders): Promise<Response | LogsResponse> {
  const p = withResumeCursor(query, request);
  if (p.follow) return followWithSlot(request, () => readers.follow(runtime, p, request));
  const logs = await readers.read(runtime, p, request.signal);
  if (p.format !== 'text') return logs;
  const text = logs.lines.map((line) => `${line.text}\n`).join('');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
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
