/** GET /api/metrics: the app's own metrics in the Prometheus text format (not the cluster's). */
import { getAppMetrics } from '@/lib/observability/metrics';
import { toErrorResponse } from '@/lib/server/errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const { registry } = getAppMetrics();
    return new Response(await registry.metrics(), { headers: { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
