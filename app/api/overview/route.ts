/**
 * GET /api/overview: the cluster and its kube-system components in four groups (contract in
 * lib/api/types.ts and the README). `?pods=all` lists every pod instead of the first 50 per component.
 */
import { z } from 'zod';
import { DEFAULT_POD_LIMIT, overviewJson } from '@/lib/server/overview';
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({ pods: z.string().optional() });

export const GET = jsonRoute({ query: QUERY }, ({ runtime, query }) =>
  overviewJson(runtime, { podLimit: query.pods === 'all' ? Infinity : DEFAULT_POD_LIMIT }),
);
