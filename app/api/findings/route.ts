/**
 * GET /api/findings?severity=&area=&subject=&probe=dns: the kube-system guide's checks with their
 * evidence, counts by severity, and the DNS and TLS probes' latest results (lib/api/findings.ts).
 */
import { z } from 'zod';
import { FINDING_AREAS, SEVERITIES } from '@/lib/api/findings';
import { getClusterCache } from '@/lib/kube/cache';
import { connectionProblemResponse, errorResponse, toErrorResponse } from '@/lib/server/errors';
import { readFindings } from '@/lib/server/findings';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({
  severity: z.enum(SEVERITIES as [string, ...string[]]).optional(),
  area: z.enum(FINDING_AREAS as [string, ...string[]]).optional(),
  subject: z.string().min(1).max(300).optional(),
  probe: z.literal('dns').optional(),
});

export async function GET(request: Request): Promise<Response> {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse(400, 'BadRequest', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  const result = getClusterCache();
  if (!result.ok) return connectionProblemResponse(result.problem);
  try {
    await result.cache.waitForFirstSync();
    const body = await readFindings(result.cache, parsed.data as Parameters<typeof readFindings>[1]);
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
