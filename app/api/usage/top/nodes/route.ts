/** GET /api/usage/top/nodes?sort=cpu|memory&limit=N: nodes by current usage with % of allocatable, like `kubectl top nodes`. */
import { jsonRoute } from '@/lib/server/route';
import { TOP_QUERY, usageJson } from '@/lib/server/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ query: TOP_QUERY }, ({ runtime, query }) => usageJson(runtime, { kind: 'top-nodes', ...query }));
