/**
 * GET /api/pods?q=&status=&node=&component=&sort=&order=&offset=&limit=: every kube-system pod, filtered,
 * sorted and paged on the server, as compact rows with summary counts (decode with `decodePodRows` in
 * lib/api/pods.ts).
 */
import { z } from 'zod';
import { MAX_POD_ROWS, POD_SORT_KEYS } from '@/lib/api/pods';
import { errorResponse } from '@/lib/server/errors';
import { listPods } from '@/lib/server/pod-list';
import { respondFromCache } from '@/lib/server/route-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({
  q: z.string().max(200).optional(),
  status: z.string().max(100).optional(),
  node: z.string().max(253).optional(),
  component: z.string().max(253).optional(),
  sort: z.enum(POD_SORT_KEYS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_POD_ROWS).optional(),
});

export async function GET(request: Request): Promise<Response> {
  const parsed = QUERY.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return errorResponse(400, 'BadRequest', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return respondFromCache((cache) => listPods(cache, parsed.data));
}
