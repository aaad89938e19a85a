/**
 * Raw HTTP to the API server with the kubeconfig's credentials and TLS: JSON, text and streams.
 * Objects stay plain JSON (no client-side model classes), which keeps 10,000-pod lists cheap.
 */
import 'server-only';
import { HttpMethod, RequestContext } from '@kubernetes/client-node';
import { fetch, type Dispatcher, type Response } from 'undici';
import type { Connection } from './connection';

/** An API server answer other than 2xx, carrying the Kubernetes `Status` reason when there was one. */
export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'KubeApiError';
  }
}

interface Credentials {
  headers: Record<string, string>;
  dispatcher?: Dispatcher;
  at: number;
}

/** Credentials are re-read after this long, so rotated projected ServiceAccount tokens are picked up. */
const CREDENTIALS_TTL_MS = 60_000;
const credentialCache = new WeakMap<Connection, Credentials>();

async function credentials(conn: Connection): Promise<Credentials> {
  const cached = credentialCache.get(conn);
  if (cached && Date.now() - cached.at < CREDENTIALS_TTL_MS) return cached;
  const ctx = new RequestContext(conn.server, HttpMethod.GET);
  await conn.kc.applySecurityAuthentication(ctx);
  // Reuse one dispatcher (connection pool) per connection; client-node makes a new one per call.
  const dispatcher = cached?.dispatcher ?? (ctx.getDispatcher() as Dispatcher | undefined);
  const fresh = { headers: ctx.getHeaders(), dispatcher, at: Date.now() };
  credentialCache.set(conn, fresh);
  return fresh;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  accept?: string;
  signal?: AbortSignal;
  /** Give up after this long (the whole request for JSON/text; the response headers for streams). */
  timeoutMs?: number;
}

/** Sends a GET and returns the response once its headers are in; throws KubeApiError on non-2xx. */
export async function kubeRequest(conn: Connection, path: string, opts: RequestOptions = {}): Promise<Response> {
  const url = new URL(conn.server.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(opts.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  const creds = await credentials(conn);
  const signals = [opts.signal, opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined].filter(
    (s): s is AbortSignal => Boolean(s),
  );
  const response = await fetch(url, {
    method: 'GET',
    headers: { ...creds.headers, Accept: opts.accept ?? 'application/json' },
    dispatcher: creds.dispatcher,
    signal: signals.length ? AbortSignal.any(signals) : undefined,
  });
  if (!response.ok) throw await toKubeApiError(response, path);
  return response;
}

export async function kubeGetJson<T>(conn: Connection, path: string, opts: RequestOptions = {}): Promise<T> {
  const response = await kubeRequest(conn, path, { timeoutMs: 30_000, ...opts });
  return (await response.json()) as T;
}

export async function kubeGetText(conn: Connection, path: string, opts: RequestOptions = {}): Promise<string> {
  const response = await kubeRequest(conn, path, { accept: 'text/plain, */*', timeoutMs: 30_000, ...opts });
  return response.text();
}

/** A non-2xx becomes a KubeApiError; /readyz answers 500 with its check list as text, kept as the message. */
async function toKubeApiError(response: Response, path: string): Promise<KubeApiError> {
  const text = await response.text().catch(() => '');
  let reason = response.statusText || 'Error';
  let message = text.trim() || `${response.status} ${response.statusText}`;
  try {
    const status = JSON.parse(text) as { kind?: string; reason?: string; message?: string };
    if (status.kind === 'Status') {
      reason = status.reason ?? reason;
      message = status.message ?? message;
    }
  } catch {
    // Not JSON: keep the text.
  }
  return new KubeApiError(response.status, reason, message, path);
}

/** Describes any failure talking to the API server in one line, for state messages. */
export function describeKubeError(error: unknown): { status: number; reason: string; message: string } {
  if (error instanceof KubeApiError) return { status: error.status, reason: error.reason, message: error.message };
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (error.name === 'TimeoutError' || error.name === 'AbortError') {
      return { status: 504, reason: 'Timeout', message: 'the API server did not answer in time' };
    }
    const detail = cause?.code ? `${cause.code}${cause.message ? `: ${cause.message}` : ''}` : error.message;
    return { status: 503, reason: 'Unreachable', message: `cannot reach the API server (${detail})` };
  }
  return { status: 500, reason: 'Unknown', message: String(error) };
}
