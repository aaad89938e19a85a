/** GET /api/health: readyz/livez checks (failures first), version, cluster-info, leader Leases, APIServices, componentstatuses. */
import { healthJson } from '@/lib/server/health';
import { respondFromCache } from '@/lib/server/route-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return respondFromCache(healthJson);
}
