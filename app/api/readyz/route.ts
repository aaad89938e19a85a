/** Readiness: the shared cache has listed every required kind once (or the kubeconfig is unusable). */
import { getClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse } from '@/lib/server/errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(): Response {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  const synced = result.cache.isSynced();
  return Response.json(
    { status: synced ? 'ready' : 'syncing', freshness: result.cache.freshness() },
    { status: synced ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
