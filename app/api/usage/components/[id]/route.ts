/** GET /api/usage/components/<id>?range=15m|1h|6h|24h|7d: CPU and memory of a component, total and per pod, with requests and limits. */
import { ID_PARAMS, jsonRoute } from '@/lib/server/route';
import { RANGE_QUERY, usageJson } from '@/lib/server/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ params: ID_PARAMS, query: RANGE_QUERY }, ({ runtime, params, query }) =>
  usageJson(runtime, { kind: 'component', id: params.id, range: query.range }),
);
