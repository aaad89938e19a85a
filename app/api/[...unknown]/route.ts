/**
 * Any /api/ path no route serves: a JSON 404 in the error envelope, not Next.js's HTML page. Scripts
 * read the message; the method check in proxy.ts has already answered every method but GET.
 */
import { errorResponse } from '@/lib/server/errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const path = new URL(request.url).pathname.slice(0, 200);
  return errorResponse(404, 'NotFound', `no API route answers ${path}; the routes are listed in the README (JSON API)`);
}
