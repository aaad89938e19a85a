/**
 * GET /api/nodes?q=&status=ready|notready&role=&offset=&limit=: summary counts over all nodes and the
 * matching rows, dictionary-encoded (decode with `decodeNodeRows` in lib/api/nodes.ts).
 */
import { z } from 'zod';
import { listNodes } from '@/lib/server/nodes';
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(['all', 'ready', 'notready']).optional(),
  role: z.string().max(100).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const GET = jsonRoute({ query: QUERY }, ({ runtime, query }) => listNodes(runtime, query));
