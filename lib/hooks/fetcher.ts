/**
 * The one fetcher every SWR hook uses: JSON on success, an `ApiError` carrying the server's error
 * envelope otherwise, so components can tell "forbidden" from "unreachable".
 */
import type { ApiErrorBody } from '@/lib/api/types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'Offline', 'The dashboard server cannot be reached.');
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
  throw new ApiError(
    response.status,
    body?.error?.code ?? 'Error',
    body?.error?.message ?? `${response.status} ${response.statusText}`,
  );
}

/** SWR retry policy: never retry what retrying cannot fix (401, 403, 404). */
export function shouldRetry(error: unknown): boolean {
  return !(error instanceof ApiError && [401, 403, 404].includes(error.status));
}
