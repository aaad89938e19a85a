/** GET /api/search?q=: the best 20 components, nodes and pods whose names match (exact, prefix, word start, substring). */
import { errorResponse } from '@/lib/server/errors';
import { respondFromCache } from '@/lib/server/route-cache';
import { search } from '@/lib/server/search';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const MAX_QUERY_CHARS = 200;

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  if (q.length > MAX_QUERY_CHARS) return errorResponse(400, 'BadRequest', `q: at most ${MAX_QUERY_CHARS} characters`);
  return respondFromCache((cache) => search(cache, q));
}
