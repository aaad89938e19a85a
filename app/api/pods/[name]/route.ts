/**
 * GET /api/pods/<name>: a kube-system pod described from the cluster's cache (PodDetailResponse in
 * lib/api/pod.ts); `?format=yaml` answers the object as text/yaml without managedFields, read from the API
 * server (the cache keeps only what the pages read).
 */
import { z } from 'zod';
import { podDetail, podDetailYaml } from '@/lib/server/pod-detail';
import { NAME_PARAMS, jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({ format: z.string().optional() });

export const GET = jsonRoute({ params: NAME_PARAMS, query: QUERY }, async ({ runtime, params, query, request }) => {
  if (query.format !== 'yaml') return podDetail(runtime, params.name);
  return new Response(await podDetailYaml(runtime, params.name, request.signal), { headers: { 'Content-Type': 'text/yaml; charset=utf-8', 'Cache-Control': 'no-store' } });
});
