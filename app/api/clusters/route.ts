/**
 * GET /api/clusters: every context of the kubeconfig with its kube-system at a glance (lib/api/clusters.ts):
 * reachable or why not, version, components per status, nodes ready, critical findings. Reads no runtime
 * through the route recipe: cached clusters answer from their runtime, the others from a light probe.
 */
import { fleetJson } from '@/lib/server/fleet';
import { toErrorResponse } from '@/lib/server/errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    return Response.json(await fleetJson(), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
