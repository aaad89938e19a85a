/** GET /api/usage/groups?range=…: a small CPU and memory trend per group, for the overview. */
import { parseRange, usageResponse } from '@/lib/metrics/route-helpers';
import { groupsUsage } from '@/lib/metrics/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const parsed = parseRange(request);
  if (!parsed.ok) return parsed.response;
  return usageResponse(`groups:${parsed.range}`, (cache) => groupsUsage(cache, parsed.range));
}
