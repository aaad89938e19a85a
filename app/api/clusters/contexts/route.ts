/** GET /api/clusters/contexts: the kubeconfig's context names and the default one, for the header's switcher (asks no cluster). */
import { contextsJson } from '@/lib/server/fleet';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(contextsJson(), { headers: { 'Cache-Control': 'no-store' } });
}
