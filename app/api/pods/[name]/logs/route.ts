/**
 * GET /api/pods/<name>/logs: a kube-system container's log, read through the API server per request
 * (logs are not cached). Query: container, tailLines (100, max 5000), previous, sinceSeconds,
 * timestamps, limitBytes (max 2 MiB), format=json|text; follow=true streams Server-Sent Events whose
 * ids resume a dropped stream (Last-Event-ID or ?after=) without duplicates.
 */
import { getClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, toErrorResponse } from '@/lib/server/errors';
import { parseLogParams } from '@/lib/server/log-params';
import { followPodLog, readPodLog } from '@/lib/server/pod-logs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const FIRST_SYNC_WAIT_MS = 5_000;

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    const { name } = await params;
    const query = parseLogParams(request);
    await result.cache.waitForSync(FIRST_SYNC_WAIT_MS);
    if (query.follow) return await followPodLog(result.cache, name, query, request);
    const logs = await readPodLog(result.cache, name, query, request.signal);
    if (query.format === 'text') {
      const text = logs.lines.map((line) => `${line.text}\n`).join('');
      return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
    return Response.json(logs, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
