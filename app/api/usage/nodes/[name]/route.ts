/** GET /api/usage/nodes/<name>?range=…: a node's CPU and memory (and its kube-system pods') against allocatable. */
import { parseRange, usageResponse } from '@/lib/metrics/route-helpers';
import { nodeUsage } from '@/lib/metrics/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const parsed = parseRange(request);
  if (!parsed.ok) return parsed.response;
  return usageResponse(`node:${name}:${parsed.range}`, (cache) => nodeUsage(cache, name, parsed.range));
}
