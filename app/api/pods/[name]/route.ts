/**
 * GET /api/pods/<name>: a kube-system pod described from the shared cache (PodDetailResponse in
 * lib/api/pod.ts); `?format=yaml` answers the object as text/yaml without managedFields.
 */
import { getClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, toErrorResponse } from '@/lib/server/errors';
import { podDetail, podDetailYaml } from '@/lib/server/pod-detail';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    const { name } = await params;
    await result.cache.waitForFirstSync();
    if (new URL(request.url).searchParams.get('format') === 'yaml') {
      return new Response(podDetailYaml(result.cache, name), {
        headers: { 'Content-Type': 'text/yaml; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }
    return Response.json(podDetail(result.cache, name), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
