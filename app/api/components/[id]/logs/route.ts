/**
 * GET /api/components/<id>/logs: the merged logs of a component's pods (at most 20), each line
 * prefixed `[pod/<pod>/<container>]` and merged by timestamp. Same query as the pod logs route;
 * follow=true multiplexes the pods' streams into one SSE stream (ids carry every stream's cursor).
 */
import { getClusterCache } from '@/lib/kube/cache';
import { followComponentLogs, readComponentLogs } from '@/lib/server/component-logs';
import { connectionProblemResponse, toErrorResponse } from '@/lib/server/errors';
import { parseLogParams } from '@/lib/server/log-params';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const FIRST_SYNC_WAIT_MS = 5_000;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    const { id } = await params;
    const query = parseLogParams(request);
    await result.cache.waitForSync(FIRST_SYNC_WAIT_MS);
    if (query.follow) return await followComponentLogs(result.cache, id, query, request);
    const logs = await readComponentLogs(result.cache, id, query, request.signal);
    if (query.format === 'text') {
      const text = logs.lines.map((line) => `${line.text}\n`).join('');
      return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
    return Response.json(logs, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
