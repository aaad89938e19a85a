/**
 * GET /api/findings?severity=&area=&subject=&probe=dns: the kube-system guide's checks with their
 * evidence, counts by severity, and the DNS and TLS probes' latest results (lib/api/findings.ts).
 */
import { z } from 'zod';
import { FINDING_AREAS, SEVERITIES } from '@/lib/api/findings';
import { readFindings } from '@/lib/server/findings';
import { jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const QUERY = z.object({
  severity: z.enum(SEVERITIES).optional(),
  area: z.enum(FINDING_AREAS).optional(),
  subject: z.string().min(1).max(300).optional(),
  probe: z.literal('dns').optional(),
});

export const GET = jsonRoute({ query: QUERY }, ({ runtime, query }) => readFindings(runtime, query));
