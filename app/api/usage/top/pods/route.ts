/** GET /api/usage/top/pods?sort=cpu|memory&limit=N: kube-system pods by current usage, like `kubectl top pods -n kube-system`. */
import { jsonRoute } from '@/lib/server/route';
import { TOP_QUERY, usageJson } from '@/lib/server/usage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ query: TOP_QUERY }, ({ runtime, query }) => usageJson(runtime, { kind: 'top-pods', ...query }));
