/** GET /api/inventory: kube-system Deployments, DaemonSets, ReplicaSets, Services, ConfigMaps (keys and sizes), ServiceAccounts and NetworkPolicies (in words). */
import { inventoryJson } from '@/lib/server/inventory';
import { respondFromCache } from '@/lib/server/route-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return respondFromCache(inventoryJson);
}
