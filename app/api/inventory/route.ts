/** GET /api/inventory: kube-system Deployments, DaemonSets, ReplicaSets, Services, ConfigMaps (keys and sizes), ServiceAccounts and NetworkPolicies (in words). */
import { inventoryJson } from '@/lib/server/inventory';
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({}, ({ runtime }) => inventoryJson(runtime));
