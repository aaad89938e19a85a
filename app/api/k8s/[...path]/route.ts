/**
 * /api/k8s/<path>: the read-only pass-through proxy to the API server (discovery, /version, /readyz,
 * /livez, nodes, metrics.k8s.io, kube-system resources except Secrets), usable by kubectl:
 * `kubectl --server http://127.0.0.1:3000/api/k8s get pods -n kube-system`. Other verbs, HEAD included, get 405.
 */
import { forwardToApiServer, methodNotAllowed } from '@/lib/server/k8s-proxy';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return forwardToApiServer(request);
}

// HEAD too: answered without opening anything upstream (a HEAD once left its watch open for an hour).
const refuse = (request: Request) => methodNotAllowed(request.method);
export { refuse as HEAD, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE, refuse as OPTIONS };
