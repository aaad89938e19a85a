/** Readiness: the cluster runtime has listed every required kind once (or the kubeconfig is unusable: 503). */
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ waitForSync: false }, ({ runtime }) => {
  const synced = runtime.isSynced();
  return Response.json(
    { status: synced ? 'ready' : 'syncing', freshness: runtime.freshness() },
    { status: synced ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});
