/**
 * One container's log from the API server (logs are never cached): opens
 * `/api/v1/namespaces/kube-system/pods/<pod>/log` with `timestamps=true` and yields numbered lines.
 */
import 'server-only';
import type { LogLineDto } from '@/lib/api/pod';
import type { Connection } from '@/lib/kube/connection';
import { kubeRequest } from '@/lib/kube/http';
import { formatLineId, LineSequencer, LineSplitter, splitTimestamp, type LogCursor } from '@/lib/logs/cursor';

/** How long to wait for the kubelet to start answering before giving up (not the stream's length). */
const HEADERS_TIMEOUT_MS = 30_000;

export interface UpstreamLogOptions {
  container?: string;
  previous?: boolean;
  follow?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  /** RFC3339 (whole seconds), for resuming; exclusive with sinceSeconds. */
  sinceTime?: string;
  limitBytes?: number;
  /** Drop lines at or before this cursor (a resumed stream). */
  after?: LogCursor;
}

export interface LogSourceLine {
  cursor: LogCursor;
  ts: string;
  text: string;
}

export interface OpenedLog {
  lines: AsyncGenerator<LogSourceLine>;
  /** True once limitBytes cut the log (its last, partial line is dropped). */
  isCut: () => boolean;
}

/**
 * Opens one container's log. Throws KubeApiError with the API server's message for a wrong container,
 * a missing previous instance or a container waiting to start (all 400 from the kubelet path).
 * Kubernetes fact: `timestamps=true` prefixes each line with its RFC3339Nano write time.
 */
export async function openPodLog(conn: Connection, pod: string, opts: UpstreamLogOptions, signal: AbortSignal): Promise<OpenedLog> {
  const headersTimeout = new AbortController();
  const timer = setTimeout(() => headersTimeout.abort(new DOMException('log headers timeout', 'TimeoutError')), HEADERS_TIMEOUT_MS);
  let response;
  try {
    response = await kubeRequest(conn, `/api/v1/namespaces/kube-system/pods/${encodeURIComponent(pod)}/log`, {
      accept: 'text/plain, */*',
      signal: AbortSignal.any([signal, headersTimeout.signal]),
      query: {
        container: opts.container,
        previous: opts.previous ? 'true' : undefined,
        follow: opts.follow ? 'true' : undefined,
        timestamps: 'true',
        tailLines: opts.sinceTime ? undefined : opts.tailLines,
        sinceSeconds: opts.sinceTime ? undefined : opts.sinceSeconds,
        sinceTime: opts.sinceTime,
        limitBytes: opts.limitBytes,
      },
    });
  } finally {
    clearTimeout(timer);
  }
  let bytes = 0;
  const body = response.body;
  async function* lines(): AsyncGenerator<LogSourceLine> {
    if (!body) return;
    const decoder = new TextDecoder();
    const splitter = new LineSplitter();
    const sequencer = new LineSequencer(opts.after);
    const emit = function* (raw: string[]) {
      for (const line of raw) {
        const parsed = splitTimestamp(line);
        const cursor = sequencer.next(parsed?.ts);
        if (cursor) yield { cursor, ts: cursor.ts, text: parsed ? parsed.text : line };
      }
    };
    for await (const chunk of body) {
      bytes += chunk.byteLength;
      yield* emit(splitter.push(decoder.decode(chunk, { stream: true })));
    }
    yield* emit(splitter.push(decoder.decode()));
    if (!isCut()) yield* emit(splitter.flush());
  }
  const isCut = () => opts.limitBytes !== undefined && bytes >= opts.limitBytes;
  return { lines: lines(), isCut };
}

/** A line as the API answers it: `kubectl logs [--prefix] [--timestamps]` text plus its id and time. */
export function toLineDto(line: LogSourceLine, timestamps: boolean, source?: string): LogLineDto {
  const prefix = source ? `[pod/${source}] ` : '';
  const text = `${prefix}${timestamps ? `${line.ts} ` : ''}${line.text}`;
  return { id: formatLineId(line.cursor), time: line.ts, text, ...(source ? { source } : {}) };
}
