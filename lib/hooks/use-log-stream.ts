'use client';
/**
 * A log, read once (JSON) or followed live (EventSource). EventSource resends the last event id on
 * reconnect and the server resumes after it, so a dropped stream neither repeats nor loses lines;
 * when the browser gives up (an error answer), the hook asks the JSON endpoint why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogLineDto, LogsResponse } from '@/lib/api/pod';
import { LineBuffer } from '@/lib/logs/buffer';
import { ApiError, fetchJson } from './fetcher';

export type LogStreamStatus = 'loading' | 'ready' | 'following' | 'reconnecting' | 'error';

/** Lines arriving while following are rendered in batches, not one render per line. */
const FLUSH_MS = 150;
/** After the server ended a stream for good, try again this much later (resuming after the last id). */
const REOPEN_MS = 3_000;

export interface LogStreamOptions {
  /** The JSON endpoint for a one-off read (and to learn why a stream failed). */
  jsonUrl: string;
  /** The SSE endpoint; undefined when not following. */
  streamUrl?: string;
}

interface State {
  key: string;
  status: LogStreamStatus;
  lines: LogLineDto[];
  dropped: number;
  notices: string[];
  truncated?: string;
  error?: ApiError;
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'Error', error instanceof Error ? error.message : String(error));
}

export function useLogStream({ jsonUrl, streamUrl }: LogStreamOptions) {
  const [reloads, setReloads] = useState(0);
  const key = `${streamUrl ?? jsonUrl}#${reloads}`;
  const [state, setState] = useState<State>({ key: '', status: 'loading', lines: [], dropped: 0, notices: [] });
  const bufferRef = useRef<LineBuffer<LogLineDto> | null>(null);

  useEffect(() => {
    const buffer = new LineBuffer<LogLineDto>();
    bufferRef.current = buffer;
    let isCancelled = false;
    const update = (patch: Partial<State>) => {
      if (!isCancelled) setState((prev) => ({ ...(prev.key === key ? prev : { lines: [], dropped: 0, notices: [] }), ...patch, key }) as State);
    };

    if (!streamUrl) {
      fetchJson<LogsResponse>(jsonUrl).then(
        (body) => {
          buffer.push(body.lines);
          update({ status: 'ready', lines: buffer.snapshot(), dropped: buffer.dropped, notices: body.notices, truncated: body.truncated });
        },
        (error: unknown) => update({ status: 'error', error: toApiError(error) }),
      );
      return () => {
        isCancelled = true;
      };
    }

    let source: EventSource | undefined;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let lastEventId = '';
    const notices: string[] = [];
    const pending: LogLineDto[] = [];
    const flush = () => {
      flushTimer = undefined;
      buffer.push(pending.splice(0));
      update({ lines: buffer.snapshot(), dropped: buffer.dropped, notices: [...notices] });
    };
    const open = () => {
      const url = lastEventId ? `${streamUrl}${streamUrl.includes('?') ? '&' : '?'}after=${encodeURIComponent(lastEventId)}` : streamUrl;
      const es = new EventSource(url);
      source = es;
      es.onopen = () => update({ status: 'following', error: undefined });
      es.onmessage = (event: MessageEvent<string>) => {
        lastEventId = event.lastEventId || lastEventId;
        pending.push(JSON.parse(event.data) as LogLineDto);
        flushTimer ??= setTimeout(flush, FLUSH_MS);
      };
      es.addEventListener('notice', (event) => {
        notices.push((JSON.parse((event as MessageEvent<string>).data) as { message: string }).message);
        flushTimer ??= setTimeout(flush, FLUSH_MS);
      });
      es.onerror = () => {
        if (es.readyState === EventSource.CONNECTING) return update({ status: 'reconnecting' });
        // The browser gave up: the server answered an error instead of a stream. Ask it why.
        es.close();
        update({ status: 'reconnecting' });
        fetchJson<LogsResponse>(jsonUrl).then(
          () => {
            if (!isCancelled) reopenTimer = setTimeout(open, REOPEN_MS);
          },
          (error: unknown) => update({ status: 'error', error: toApiError(error) }),
        );
      };
    };
    open();
    return () => {
      isCancelled = true;
      source?.close();
      clearTimeout(flushTimer);
      clearTimeout(reopenTimer);
    };
  }, [key, jsonUrl, streamUrl]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const isCurrent = state.key === key;
  return {
    status: isCurrent ? state.status : ('loading' as const),
    lines: isCurrent ? state.lines : [],
    dropped: isCurrent ? state.dropped : 0,
    notices: isCurrent ? state.notices : [],
    truncated: isCurrent ? state.truncated : undefined,
    error: isCurrent ? state.error : undefined,
    reload,
  };
}
