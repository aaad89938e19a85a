/** GET /api/usage/top/pods?sort=cpu|memory&limit=N: kube-system pods by current usage, like `kubectl top pods -n kube-system`. */
import { parseTop, usageResponse } from '@/lib/metrics/route-helpers';
import { topPods } from '@/lib/metrics/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const parsed = parseTop(request);
  if (!parsed.ok) return parsed.response;
  return usageResponse(`top-pods:${parsed.sort}:${parsed.limit}`, (cache) => topPods(cache, parsed.sort, parsed.limit));
}
