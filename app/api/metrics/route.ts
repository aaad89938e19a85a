/** GET /api/metrics: the app's own metrics in the Prometheus text format (not the cluster's). */
import { appMetricsResponse } from '@/lib/server/runtime-metrics';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return appMetricsResponse();
}
