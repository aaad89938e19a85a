/** GET /api/usage/groups?range=…: a small CPU and memory trend per group, for the overview. */
import { jsonRoute } from '@/lib/server/route';
import { RANGE_QUERY, usageJson } from '@/lib/server/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ query: RANGE_QUERY }, ({ runtime, query }) => usageJson(runtime, { kind: 'groups', range: query.range }));
