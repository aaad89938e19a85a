/**
 * Any /api/ path no route serves: a JSON 404 in the error envelope, not Next.js's HTML page. Scripts
 * read the message; the method check in proxy.ts has already answered every method but GET. An
 * `/api/c/<context>/…` path whose context the kubeconfig lacks arrives here unrewritten: its 404 names
 * the contexts there are.
 */
import { CONTEXT_HEADER } from '@/lib/api/cluster-path';
import { errorResponse, unknownContextResponse } from '@/lib/server/errors';
import { unknownContext } from '@/lib/server/unknown-context';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const unknown = unknownContext(request.headers.get(CONTEXT_HEADER));
  if (unknown) return unknownContextResponse(unknown.context, unknown.contexts);
  const path = new URL(request.url).pathname.slice(0, 200);
  return errorResponse(404, 'NotFound', `no API route answers ${path}; the routes are listed in the README (JSON API)`);
}
