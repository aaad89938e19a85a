/**
 * The one fetcher every SWR hook uses: JSON on success, an `ApiError` carrying the server's error
 * envelope otherwise, so components can tell "forbidden" from "unreachable". It keeps the last answer of
 * each URL with its entity tag and asks with `If-None-Match`; a 304 (nothing new, no body) gives back the
 * kept answer with the clock fields the 304 carries.
 */
import { GENERATED_AT_HEADER, LAST_SYNC_AT_HEADER } from '@/lib/api/conditional';
import type { ErrorParams } from '@/lib/api/errors';
import type { ApiErrorBody } from '@/lib/api/types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The envelope's values for the UI's sentence (lib/api/errors.ts), e.g. the unknown context. */
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Kept {
  etag: string;
  data: unknown;
}

/** URLs whose last answer is kept; the oldest is forgotten first (a tab visits a bounded set of URLs). */
const MAX_KEPT = 32;
const kept = new Map<string, Kept>();

function keep(url: string, etag: string | null, data: unknown): void {
  kept.delete(url);
  if (!etag) return;
  kept.set(url, { etag, data });
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
}

/** Seeds the kept answer of a URL with what the page's server render already holds (its first poll can be a 304). */
export function keepAnswer(url: string, etag: string, data: unknown): void {
  if (!kept.has(url)) keep(url, etag, data);
}

/** The kept answer, its clock fields moved to the ones a 304 carries (the data itself is unchanged). */
function refreshed(data: unknown, headers: Headers): unknown {
  const generatedAt = headers.get(GENERATED_AT_HEADER);
  const lastSyncAt = headers.get(LAST_SYNC_AT_HEADER);
  if (!data || typeof data !== 'object' || (!generatedAt && !lastSyncAt)) return data;
  const record = data as { generatedAt?: string; freshness?: { lastSyncAt?: string } };
  const next: Record<string, unknown> = { ...record };
  if (generatedAt && 'generatedAt' in record) next.generatedAt = generatedAt;
  if (lastSyncAt && record.freshness) next.freshness = { ...record.freshness, lastSyncAt };
  return next;
}

async function request(url: string, etag: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (etag) headers['If-None-Match'] = etag;
  try {
    // The fetcher revalidates itself: the HTTP cache neither answers nor stores (the server says no-store).
    return await fetch(url, { headers, cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'Offline', 'The dashboard server cannot be reached.');
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  const last = kept.get(url);
  let response = await request(url, last?.etag);
  if (response.status === 304) {
    if (last) {
      const data = refreshed(last.data, response.headers);
      keep(url, last.etag, data);
      return data as T;
    }
    response = await request(url, undefined);
  }
  if (response.ok) {
    const data = (await response.json()) as T;
    keep(url, response.headers.get('etag'), data);
    return data;
  }
  const body = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
  throw new ApiError(
    response.status,
    body?.error?.code ?? 'Error',
    body?.error?.message ?? `${response.status} ${response.statusText}`,
    body?.error?.params,
  );
}

/** SWR retry policy: never retry what retrying cannot fix (401, 403, 404). */
export function shouldRetry(error: unknown): boolean {
  return !(error instanceof ApiError && [401, 403, 404].includes(error.status));
}
