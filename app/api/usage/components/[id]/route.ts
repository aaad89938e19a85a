/** GET /api/usage/components/<id>?range=15m|1h|6h|24h|7d: CPU and memory of a component, total and per pod, with requests and limits. */
import { parseRange, usageResponse } from '@/lib/metrics/route-helpers';
import { componentUsage } from '@/lib/metrics/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const parsed = parseRange(request);
  if (!parsed.ok) return parsed.response;
  return usageResponse(`component:${id}:${parsed.range}`, (cache) => componentUsage(cache, id, parsed.range));
}
