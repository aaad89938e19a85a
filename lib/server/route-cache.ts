/**
 * The shared shape of a route handler that answers from the cache: connect (or 503 with what is wrong),
 * wait briefly for the first LIST on a cold start, build the body, and send every failure through the envelope.
 */
import 'server-only';
import { getClusterCache, type ClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, toErrorResponse } from './errors';

/** Runs `build` against the synced cache; a string is sent as ready-made JSON, anything else serialised. */
export async function respondFromCache(build: (cache: ClusterCache) => unknown): Promise<Response> {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    await result.cache.waitForFirstSync();
    const body = build(result.cache);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** The synced cache for a server-rendered page (to decide 404s), or undefined when not connected. */
export async function syncedCache(): Promise<ClusterCache | undefined> {
  const result = getClusterCache();
  if (!result.ok) return undefined;
  await result.cache.waitForFirstSync();
  return result.cache;
}
