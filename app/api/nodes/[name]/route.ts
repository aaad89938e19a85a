/** GET /api/nodes/<name>: one node in detail (conditions, capacity, taints, Lease, kube-system pods, events); 404 when unknown. */
import { HttpError } from '@/lib/server/errors';
import { nodeDetail } from '@/lib/server/nodes';
import { respondFromCache } from '@/lib/server/route-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  return respondFromCache((cache) => {
    const detail = nodeDetail(cache, name);
    if (!detail) {
      const why = cache.unavailable().find((u) => u.kind === 'nodes');
      throw new HttpError(404, 'NotFound', `node "${name}" not found${why ? `: nodes are ${why.message}` : ''}`);
    }
    return detail;
  });
}
