/**
 * GET /api/nodes?q=&status=ready|notready&role=&offset=&limit=: summary counts over all nodes and the
 * matching rows, dictionary-encoded (decode with `decodeNodeRows` in lib/api/nodes.ts).
 */
import { z } from 'zod';
import { errorResponse } from '@/lib/server/errors';
import { listNodes } from '@/lib/server/nodes';
import { respondFromCache } from '@/lib/server/route-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(['all', 'ready', 'notready']).optional(),
  role: z.string().max(100).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

export async function GET(request: Request): Promise<Response> {
  const parsed = QUERY.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return errorResponse(400, 'BadRequest', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return respondFromCache((cache) => listNodes(cache, parsed.data));
}
