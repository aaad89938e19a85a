/** GET /api/events?type=&reason=&object=kind/name&limit=: kube-system Events newest first, with reason and type counts. */
import { z } from 'zod';
import { MAX_EVENTS_LIMIT } from '@/lib/api/events';
import { listEvents } from '@/lib/server/events';
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({
  type: z.string().max(50).optional(),
  reason: z.string().max(200).optional(),
  object: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_EVENTS_LIMIT).optional(),
});

export const GET = jsonRoute({ query: QUERY }, ({ runtime, query }) => listEvents(runtime, query));
