/**
 * Server-Sent Events responses: the headers proxies need to pass them through unbuffered, a
 * heartbeat comment every 15 s, and an abort signal that fires when the browser goes away.
 */
import 'server-only';

export const SSE_HEARTBEAT_MS = 15_000;
/** EventSource waits this long before reconnecting after the stream ends. */
export const SSE_RETRY_MS = 2_000;

const HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  // nginx (ingress-nginx included) buffers responses unless told not to.
  'X-Accel-Buffering': 'no',
  Connection: 'keep-alive',
};

export interface SseSink {
  send(data: unknown, opts?: { id?: string; event?: string }): void;
  /** Aborted when the client disconnects or the stream is cancelled. */
  signal: AbortSignal;
}

/** Frames one event; `data` is JSON, so it never contains a newline. */
export function formatSseEvent(data: unknown, opts: { id?: string; event?: string } = {}): string {
  return `${opts.event ? `event: ${opts.event}\n` : ''}${opts.id ? `id: ${opts.id}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
}

/**
 * A streaming response that runs `produce` until it returns (the stream then ends and EventSource
 * reconnects with Last-Event-ID) or the client leaves (`sink.signal` aborts).
 */
export function sseResponse(request: Request, produce: (sink: SseSink) => Promise<void>): Response {
  const abort = new AbortController();
  const onClientGone = () => abort.abort();
  request.signal.addEventListener('abort', onClientGone);
  const encoder = new TextEncoder();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(text));
      };
      write(`retry: ${SSE_RETRY_MS}\n\n`);
      heartbeat = setInterval(() => write(': keepalive\n\n'), SSE_HEARTBEAT_MS);
      const sink: SseSink = { send: (data, opts) => write(formatSseEvent(data, opts)), signal: abort.signal };
      produce(sink)
        .catch((error: unknown) => {
          if (!abort.signal.aborted) write(formatSseEvent({ message: error instanceof Error ? error.message : String(error) }, { event: 'problem' }));
        })
        .finally(() => {
          clearInterval(heartbeat);
          request.signal.removeEventListener('abort', onClientGone);
          if (!abort.signal.aborted) {
            abort.abort();
            controller.close();
          }
        });
    },
    cancel() {
      clearInterval(heartbeat);
      abort.abort();
    },
  });
  return new Response(stream, { headers: HEADERS });
}
