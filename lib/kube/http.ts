/**
 * Raw HTTP to the API server with the kubeconfig's credentials and TLS: JSON, text and streams.
 * Objects stay plain JSON (no client-side model classes), which keeps 10,000-pod lists cheap.
 */
import 'server-only';
import { fetch, type Response } from 'undici';
import type { Connection } from './connection';
import { credentialsOf, type Credential } from './credentials';
import { CredentialError } from './exec-credential';

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

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  accept?: string;
  signal?: AbortSignal;
  /** Give up after this long (the whole request for JSON/text; the response headers for streams). */
  timeoutMs?: number;
}

/**
 * Sends a GET and returns the response once its headers are in; throws KubeApiError on non-2xx. A 401
 * gets one fresh credential and one retry when the credential changed (an expired exec token, rotated
 * files), never more: the API server refusing a fresh credential too is an answer, not a glitch.
 */
export async function kubeRequest(conn: Connection, path: string, opts: RequestOptions = {}): Promise<Response> {
  const url = new URL(conn.server.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(opts.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  const signals = [opts.signal, opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined].filter(
    (s): s is AbortSignal => Boolean(s),
  );
  const signal = signals.length ? AbortSignal.any(signals) : undefined;
  const credentials = credentialsOf(conn);
  const sent = await credentials.get();
  let response = await send(url, sent, opts.accept, signal);
  if (response.status === 401) {
    let fresh: Credential;
    try {
      fresh = await credentials.refreshAfter401(sent);
    } catch (error) {
      const refused = await toKubeApiError(response, path);
      refused.message += ` (and a fresh credential could not be obtained: ${(error as Error).message})`;
      throw refused;
    }
    if (fresh.fingerprint !== sent.fingerprint) {
      await response.body?.cancel().catch(() => {});
      response = await send(url, fresh, opts.accept, signal);
    }
  }
  if (!response.ok) throw await toKubeApiError(response, path);
  return response;
}

function send(url: URL, credential: Credential, accept: string | undefined, signal: AbortSignal | undefined): Promise<Response> {
  return fetch(url, {
    method: 'GET',
    headers: { ...credential.headers, Accept: accept ?? 'application/json' },
    dispatcher: credential.dispatcher,
    signal,
  });
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

/** A failure talking to the API server: its status and reason, one line in English, and the cause's own words. */
export interface KubeErrorDescription {
  status: number;
  reason: string;
  /** kubesys's line for logs, state messages and the JSON API (stable, English). */
  message: string;
  /**
   * What the cause itself said, verbatim (the API server's Status message, the socket's `ECONNREFUSED: …`,
   * the credential plugin's error); absent when kubesys's words are all there is (a timeout). A page shows
   * it under its own translated title, untranslated.
   */
  detail?: string;
}

/** Describes any failure talking to the API server in one line, for state messages. */
export function describeKubeError(error: unknown): KubeErrorDescription {
  if (error instanceof KubeApiError) return { status: error.status, reason: error.reason, message: error.message, detail: error.message };
  // No credential to send (the exec plugin failed, a certificate file is unreadable): the cluster was never asked.
  if (error instanceof CredentialError) return { status: 502, reason: 'CredentialError', message: error.message, detail: error.message };
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (error.name === 'TimeoutError' || error.name === 'AbortError') {
      return { status: 504, reason: 'Timeout', message: 'the API server did not answer in time' };
    }
    const detail = cause?.code ? `${cause.code}${cause.message ? `: ${cause.message}` : ''}` : error.message;
    return { status: 503, reason: 'Unreachable', message: `cannot reach the API server (${detail})`, detail };
  }
  return { status: 500, reason: 'Unknown', message: String(error), detail: String(error) };
}
