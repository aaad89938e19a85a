/**
 * GET /api/connection (and /api/c/<context>/connection): whether the cluster's API server answered its
 * last /version poll, and if not why, for the banner every page of an unreachable cluster shows.
 */
import { connectionState } from '@/lib/server/fleet';
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ waitForSync: false }, ({ runtime }) => connectionState(runtime));
