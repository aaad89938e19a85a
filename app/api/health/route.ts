/** GET /api/health: readyz/livez checks (failures first), version, cluster-info, leader Leases, APIServices, componentstatuses. */
import { healthJson } from '@/lib/server/health';
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({}, ({ runtime }) => healthJson(runtime));
