/** GET /api/usage/top/nodes?sort=cpu|memory&limit=N: nodes by current usage with % of allocatable, like `kubectl top nodes`. */
import { parseTop, usageResponse } from '@/lib/metrics/route-helpers';
import { topNodes } from '@/lib/metrics/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const parsed = parseTop(request);
  if (!parsed.ok) return parsed.response;
  return usageResponse(`top-nodes:${parsed.sort}:${parsed.limit}`, (cache) => topNodes(cache, parsed.sort, parsed.limit));
}
