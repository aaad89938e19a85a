/**
 * GET /api/components/<id>: one component in detail (contract in lib/api/component.ts): summary,
 * workloads, pods (`?podPage=N`, 50 per page, not-ready first), DaemonSet coverage, containers, flags,
 * probes, resources, volumes, related Services/ConfigMaps, events, kubectl commands. 404 for an unknown id.
 */
import { z } from 'zod';
import { componentDetailJson } from '@/lib/server/component-detail';
import { ID_PARAMS, jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const WHOLE = { error: 'must be a whole number of at least 1' };
const QUERY = z.object({ podPage: z.coerce.number(WHOLE).int(WHOLE).min(1, WHOLE).max(1_000_000).default(1) });

export const GET = jsonRoute({ params: ID_PARAMS, query: QUERY }, ({ runtime, params, query }) => componentDetailJson(runtime, params.id, query.podPage));
