/** GET /api/events?type=&reason=&object=kind/name&limit=: kube-system Events newest first, with reason and type counts. */
import { z } from 'zod';
import { MAX_EVENTS_LIMIT } from '@/lib/api/events';
import { errorResponse } from '@/lib/server/errors';
import { listEvents } from '@/lib/server/events';
import { respondFromCache } from '@/lib/server/route-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({
  type: z.string().max(50).optional(),
  reason: z.string().max(200).optional(),
  object: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_EVENTS_LIMIT).optional(),
});

export async function GET(request: Request): Promise<Response> {
  const parsed = QUERY.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return errorResponse(400, 'BadRequest', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return respondFromCache((cache) => listEvents(cache, parsed.data));
}
