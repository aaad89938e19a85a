/** GET /api/usage/nodes/<name>?range=…: a node's CPU and memory (and its kube-system pods') against allocatable. */
import { NAME_PARAMS, jsonRoute } from '@/lib/server/route';
import { RANGE_QUERY, usageJson } from '@/lib/server/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ params: NAME_PARAMS, query: RANGE_QUERY }, ({ runtime, params, query }) =>
  usageJson(runtime, { kind: 'node', name: params.name, range: query.range }),
);
