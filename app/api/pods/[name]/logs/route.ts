/**
 * GET /api/pods/<name>/logs: a kube-system container's log, read through the API server per request
 * (logs are not cached). Query: container, tailLines (100, max 5000), previous, sinceSeconds,
 * timestamps, limitBytes (max 2 MiB), format=json|text; follow=true streams Server-Sent Events whose
 * ids resume a dropped stream (Last-Event-ID or ?after=) without duplicates.
 */
import { LOG_QUERY } from '@/lib/server/log-params';
import { answerLogs } from '@/lib/server/log-route';
import { followPodLog, readPodLog } from '@/lib/server/pod-logs';
import { NAME_PARAMS, jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ params: NAME_PARAMS, query: LOG_QUERY }, (input) =>
  answerLogs(input, {
    read: (runtime, query, signal) => readPodLog(runtime, input.params.name, query, signal),
    follow: (runtime, query, request) => followPodLog(runtime, input.params.name, query, request),
  }),
);
