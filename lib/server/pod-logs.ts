/**
 * `GET /api/pods/<name>/logs`: a container's log as JSON, text, or (follow) Server-Sent Events that
 * resume after a dropped stream from the last event id without duplicating or losing lines.
 */
import 'server-only';
import type { LogsResponse } from '@/lib/api/pod';
import { formatLineId, parseLineId, sinceTimeFor } from '@/lib/logs/cursor';
import { HttpError } from './errors';
import type { LogParams } from './log-params';
import { openPodLog, toLineDto, type UpstreamLogOptions } from './log-source';
import { cachedPod } from './pod-detail';
import type { ClusterRuntime } from './runtime';
import { sseResponse } from './sse';

/** What the API server is asked for; a resume asks from the cursor's second instead of a tail. */
export function upstreamOptions(p: LogParams, follow: boolean): UpstreamLogOptions {
  const after = p.after ? parseLineId(p.after) : undefined;
  if (p.after && !after) throw new HttpError(400, 'BadRequest', `after: "${p.after}" is not a log line id (<RFC3339Nano>#<n>)`);
  return {
    container: p.container,
    previous: p.previous,
    follow,
    ...(after ? { sinceTime: sinceTimeFor(after), after } : { tailLines: p.tailLines, sinceSeconds: p.sinceSeconds }),
    // A live stream is not cut; a one-off read is, at LOG_MAX_BYTES at most.
    limitBytes: follow ? undefined : p.limitBytes,
  };
}

export function truncationNotice(limitBytes: number): string {
  const size = limitBytes >= 1024 * 1024 ? `${(limitBytes / 1024 / 1024).toFixed(limitBytes % (1024 * 1024) ? 1 : 0)} MiB` : `${limitBytes} bytes`;
  return `the log was cut at ${size} (limitBytes); ask for fewer lines or a shorter time range`;
}

/** The log read once (no follow), as lines with ids. */
export async function readPodLog(runtime: ClusterRuntime, name: string, p: LogParams, signal: AbortSignal): Promise<LogsResponse> {
  cachedPod(runtime, name);
  const opened = await openPodLog(runtime.connection, name, upstreamOptions(p, false), signal);
  const lines = [];
  for await (const line of opened.lines) lines.push(toLineDto(line, p.timestamps));
  return { lines, notices: [], ...(opened.isCut() ? { truncated: truncationNotice(p.limitBytes) } : {}) };
}

/**
 * Follows the log as SSE: each event is `id: <RFC3339Nano>#<n>` and a LogLineDto; viewers of one
 * (pod, container) share one upstream stream. Failures before
 * the first byte (unknown container, no previous instance) throw, so the route answers the error
 * envelope with the API server's status instead of a stream.
 */
export async function followPodLog(runtime: ClusterRuntime, name: string, p: LogParams, request: Request): Promise<Response> {
  const pod = cachedPod(runtime, name);
  const upstream = new AbortController();
  request.signal.addEventListener('abort', () => upstream.abort());
  // A pod with one container: name it, so this follow shares the stream a component-wide follow opens.
  const only = pod.spec?.containers?.length === 1 ? pod.spec.containers[0]?.name : undefined;
  const options = upstreamOptions({ ...p, container: p.container ?? only }, !p.previous);
  // A live follow joins the pod's shared stream (lib/server/log-hub.ts); a previous instance is read once.
  const opened = options.follow ? await runtime.logs.follow(name, options, upstream.signal) : await openPodLog(runtime.connection, name, options, upstream.signal);
  return sseResponse(request, async (sink) => {
    sink.signal.addEventListener('abort', () => upstream.abort());
    try {
      for await (const line of opened.lines) {
        if (sink.signal.aborted) break;
        sink.send(toLineDto(line, p.timestamps), { id: formatLineId(line.cursor) });
      }
    } catch (error) {
      if (!sink.signal.aborted) throw error;
    }
  });
}
