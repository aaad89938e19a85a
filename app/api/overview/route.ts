/**
 * GET /api/overview: the cluster and its kube-system components in four groups (contract in
 * lib/api/types.ts and the README). `?pods=all` lists every pod instead of the first 50 per component.
 */
import { getClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, toErrorResponse } from '@/lib/server/errors';
import { DEFAULT_POD_LIMIT, overviewJson } from '@/lib/server/overview';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    await result.cache.waitForFirstSync();
    const all = new URL(request.url).searchParams.get('pods') === 'all';
    const body = overviewJson(result.cache, { podLimit: all ? Infinity : DEFAULT_POD_LIMIT });
    return new Response(body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
