/**
 * GET /api/components/<id>: one component in detail (contract in lib/api/component.ts): summary,
 * workloads, pods (`?podPage=N`, 50 per page, not-ready first), DaemonSet coverage, containers, flags,
 * probes, resources, volumes, related Services/ConfigMaps, events, kubectl commands. 404 for an unknown id.
 */
import { z } from 'zod';
import { getClusterCache } from '@/lib/kube/cache';
import { componentDetailJson } from '@/lib/server/component-detail';
import { connectionProblemResponse, errorResponse, toErrorResponse } from '@/lib/server/errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const Query = z.object({ podPage: z.coerce.number().int().min(1).max(1_000_000).default(1) });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const query = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return errorResponse(400, 'BadRequest', 'podPage must be a whole number of at least 1');
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    await result.cache.waitForFirstSync();
    const body = componentDetailJson(result.cache, id, query.data.podPage);
    return new Response(body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
