/**
 * GET /api/components/<id>/logs: the merged logs of a component's pods (at most 20), each line
 * prefixed `[pod/<pod>/<container>]` and merged by timestamp. Same query as the pod logs route;
 * follow=true multiplexes the pods' streams into one SSE stream (ids carry every stream's cursor).
 */
import { followComponentLogs, readComponentLogs } from '@/lib/server/component-logs';
import { LOG_QUERY } from '@/lib/server/log-params';
import { answerLogs } from '@/lib/server/log-route';
import { ID_PARAMS, jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ params: ID_PARAMS, query: LOG_QUERY }, (input) =>
  answerLogs(input, {
    read: (runtime, query, signal) => readComponentLogs(runtime, input.params.id, query, signal),
    follow: (runtime, query, request) => followComponentLogs(runtime, input.params.id, query, request),
  }),
);
