/**
 * The query of the log routes (`container`, `tailLines`, `previous`, `sinceSeconds`, `timestamps`,
 * `limitBytes`, `follow`, `after`) and the `Last-Event-ID` header, validated once.
 */
import 'server-only';
import { z } from 'zod';
import { LOG_MAX_BYTES, POD_DEFAULT_TAIL_LINES, POD_MAX_TAIL_LINES } from '@/lib/api/pod';
import { HttpError } from './errors';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  container: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a container name').max(63).optional(),
  tailLines: z.coerce.number().int().min(0).max(POD_MAX_TAIL_LINES).default(POD_DEFAULT_TAIL_LINES),
  previous: flag,
  sinceSeconds: z.coerce.number().int().min(1).optional(),
  timestamps: flag,
  limitBytes: z.coerce.number().int().min(1).max(LOG_MAX_BYTES).default(LOG_MAX_BYTES),
  follow: flag,
  after: z.string().max(16_384).optional(),
  format: z.enum(['json', 'text']).default('json'),
});

export type LogParams = z.infer<typeof schema>;

/** Parses the log query; the resume cursor comes from `after` or, as EventSource sends it, `Last-Event-ID`. */
export function parseLogParams(request: Request): LogParams {
  const url = new URL(request.url);
  const raw = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, 'BadRequest', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  const lastEventId = request.headers.get('last-event-id');
  return { ...parsed.data, after: parsed.data.after ?? (lastEventId || undefined) };
}
