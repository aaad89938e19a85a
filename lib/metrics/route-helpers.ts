/** What every `/api/usage/*` handler shares: the cache, query parsing and the JSON answer. */
import 'server-only';
import { z } from 'zod';
import { DEFAULT_USAGE_RANGE, USAGE_RANGES, type TopSort, type UsageRange } from '@/lib/api/usage';
import { getClusterCache, type ClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, errorResponse, toErrorResponse } from '@/lib/server/errors';
import { memoizedJson } from './usage';

export const MAX_TOP_ROWS = 5_000;
export const DEFAULT_TOP_ROWS = 100;

const rangeQuery = z.object({ range: z.enum(USAGE_RANGES).default(DEFAULT_USAGE_RANGE) });
const topQuery = z.object({
  sort: z.enum(['cpu', 'memory']).default('cpu'),
  limit: z.coerce.number().int().positive().max(MAX_TOP_ROWS).default(DEFAULT_TOP_ROWS),
});

export function parseRange(request: Request): { ok: true; range: UsageRange } | { ok: false; response: Response } {
  const parsed = rangeQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true, range: parsed.data.range };
  return { ok: false, response: errorResponse(400, 'BadRequest', `range must be one of ${USAGE_RANGES.join(', ')}`) };
}

export function parseTop(request: Request): { ok: true; sort: TopSort; limit: number } | { ok: false; response: Response } {
  const parsed = topQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true, ...parsed.data };
  return { ok: false, response: errorResponse(400, 'BadRequest', `sort must be cpu or memory; limit 1–${MAX_TOP_ROWS}`) };
}

/** Runs `build` against the synced cache, memoized per sample tick under `key`, as a JSON response. */
export async function usageResponse(key: string, build: (cache: ClusterCache) => Promise<unknown> | unknown): Promise<Response> {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    await result.cache.waitForFirstSync();
    const body = await memoizedJson(result.cache, key, async () => build(result.cache));
    return new Response(body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
