/**
 * GET /api/pods?q=&status=&node=&component=&sort=&order=&offset=&limit=: every kube-system pod, filtered,
 * sorted and paged on the server, as compact rows with summary counts (decode with `decodePodRows` in
 * lib/api/pods.ts).
 */
import { z } from 'zod';
import { MAX_POD_ROWS, POD_SORT_KEYS } from '@/lib/api/pods';
import { listPods } from '@/lib/server/pod-list';
import { jsonRoute } from '@/lib/server/route';

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

export const GET = jsonRoute({ query: QUERY }, ({ runtime, query }) => listPods(runtime, query));
