/**
 * GET /api/pods/<name>/logs: a kube-system container's log, read through the API server per request
 * (logs are not cached). Query: container, tailLines (100, max 5000), previous, sinceSeconds,
 * timestamps, limitBytes (max 2 MiB), format=json|text; follow=true streams Server-Sent Events whose
 * ids resume a dropped stream (Last-Event-ID or ?after=) without duplicates.
 */
import { serveLogs } from '@/lib/server/log-route';
import { followPodLog, readPodLog } from '@/lib/server/pod-logs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  return serveLogs(request, {
    read: (cache, query, signal) => readPodLog(cache, name, query, signal),
    follow: (cache, query, req) => followPodLog(cache, name, query, req),
  });
}
