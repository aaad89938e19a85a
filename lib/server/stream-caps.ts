/**
 * Caps on long-lived upstream streams — watches through /api/k8s and log follows — per client and in
 * total, so neither one client nor many can pile up connections to the API server (and kubelets). The
 * one place every streaming route asks for a slot: over a cap it answers a Kubernetes `Status` 429
 * with the app's error envelope; a slot is released exactly once, when the response ends, fails, or its
 * client goes away.
 */
import 'server-only';
import { getConfig } from '@/lib/config';
import { statusResponse } from './status-response';

/** How long a refused client is told to wait; streams end when their viewers leave, so soon. */
const RETRY_AFTER_SECONDS = 10;

export interface StreamSlot {
  /** Gives the slot back; calling it again does nothing. */
  release(): void;
}

export type StreamGrant = { ok: true; slot: StreamSlot } | { ok: false; message: string };

export class StreamCaps {
  private readonly byClient = new Map<string, number>();
  private total = 0;

  constructor(
    readonly maxPerClient: number,
    readonly maxTotal: number,
  ) {}

  tryAcquire(client: string): StreamGrant {
    const held = this.byClient.get(client) ?? 0;
    if (held >= this.maxPerClient) {
      return { ok: false, message: `too many open streams from ${client}: ${held} of ${this.maxPerClient} (STREAM_MAX_PER_CLIENT); close a log follow or a watch first` };
    }
    if (this.total >= this.maxTotal) {
      return { ok: false, message: `kubesys holds its most open streams: ${this.total} of ${this.maxTotal} (STREAM_MAX_TOTAL); try again shortly` };
    }
    this.byClient.set(client, held + 1);
    this.total++;
    let released = false;
    return {
      ok: true,
      slot: {
        release: () => {
          if (released) return;
          released = true;
          this.total--;
          const left = (this.byClient.get(client) ?? 1) - 1;
          if (left > 0) this.byClient.set(client, left);
          else this.byClient.delete(client);
        },
      },
    };
  }

  /** Streams open now, for one client or in total. */
  open(client?: string): number {
    return client === undefined ? this.total : (this.byClient.get(client) ?? 0);
  }
}

const CAPS = Symbol.for('kubesys.stream-caps');

/** The process's caps (STREAM_MAX_PER_CLIENT, STREAM_MAX_TOTAL), shared by every route bundle. */
export function getStreamCaps(): StreamCaps {
  const holder = globalThis as Record<symbol, StreamCaps | undefined>;
  if (!holder[CAPS]) {
    const config = getConfig();
    holder[CAPS] = new StreamCaps(config.STREAM_MAX_PER_CLIENT, config.STREAM_MAX_TOTAL);
  }
  return holder[CAPS];
}

/** A slot for `client`, or the 429 `Status` to answer instead. */
export function acquireStreamSlot(client: string): { slot: StreamSlot } | { refusal: Response } {
  const grant = getStreamCaps().tryAcquire(client);
  if (grant.ok) return { slot: grant.slot };
  return { refusal: statusResponse(429, 'TooManyRequests', grant.message, { 'Retry-After': String(RETRY_AFTER_SECONDS) }) };
}

/**
 * The same response, holding `slot` until its body ends, fails or is cancelled, or `signal` (the
 * client's request) aborts; cancelling passes on to the upstream body, which closes the connection.
 */
export function holdSlotWhileStreaming(response: Response, slot: StreamSlot, signal: AbortSignal): Response {
  if (!response.body) {
    slot.release();
    return response;
  }
  const reader = response.body.getReader();
  const stop = () => {
    slot.release();
    reader.cancel().catch(() => undefined);
  };
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        slot.release();
        controller.close();
      } catch (error) {
        slot.release();
        controller.error(error);
      }
    },
    cancel(reason) {
      slot.release();
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
