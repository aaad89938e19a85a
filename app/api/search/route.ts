/** GET /api/search?q=: the best 20 components, nodes and pods whose names match (exact, prefix, word start, substring). */
import { z } from 'zod';
import { jsonRoute } from '@/lib/server/route';
import { search } from '@/lib/server/search';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const MAX_QUERY_CHARS = 200;
const QUERY = z.object({ q: z.string().max(MAX_QUERY_CHARS, { error: `at most ${MAX_QUERY_CHARS} characters` }).default('') });

export const GET = jsonRoute({ query: QUERY }, ({ runtime, query }) => search(runtime, query.q));
