/** GET /api/nodes/<name>: one node in detail (conditions, capacity, taints, Lease, kube-system pods, events); 404 when unknown. */
import { HttpError } from '@/lib/server/errors';
import { nodeDetail } from '@/lib/server/nodes';
import { NAME_PARAMS, jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ params: NAME_PARAMS }, ({ runtime, params }) => {
  const detail = nodeDetail(runtime, params.name);
  if (!detail) {
    const why = runtime.unavailable().find((u) => u.kind === 'nodes');
    throw new HttpError(404, 'NotFound', `node "${params.name}" not found${why ? `: nodes are ${why.message}` : ''}`);
  }
  return detail;
});
