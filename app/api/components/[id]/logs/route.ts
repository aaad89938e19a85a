/**
 * GET /api/components/<id>/logs: the merged logs of a component's pods (at most 20), each line
 * prefixed `[pod/<pod>/<container>]` and merged by timestamp. Same query as the pod logs route;
 * follow=true multiplexes the pods' streams into one SSE stream (ids carry every stream's cursor).
 */
import { followComponentLogs, readComponentLogs } from '@/lib/server/component-logs';
import { serveLogs } from '@/lib/server/log-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return serveLogs(request, {
    read: (cache, query, signal) => readComponentLogs(cache, id, query, signal),
    follow: (cache, query, req) => followComponentLogs(cache, id, query, req),
  });
}
