/**
 * The query of the log routes (`container`, `tailLines`, `previous`, `sinceSeconds`, `timestamps`,
 * `limitBytes`, `follow`, `after`, `format`) as a zod schema for the route recipe, and the resume cursor
 * EventSource sends as the `Last-Event-ID` header.
 */
import 'server-only';
import { z } from 'zod';
import { LOG_MAX_BYTES, POD_DEFAULT_TAIL_LINES, POD_MAX_TAIL_LINES } from '@/lib/api/pod';

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

/** The log query; an empty value (`?container=`) counts as absent. */
export const LOG_QUERY = z.preprocess(
  (raw) => (raw && typeof raw === 'object' ? Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== '')) : raw),
  schema,
);

export type LogParams = z.infer<typeof schema>;

/** The query with its resume cursor: `after`, or as EventSource sends it on reconnecting, `Last-Event-ID`. */
export function withResumeCursor(query: LogParams, request: Request): LogParams {
  const lastEventId = request.headers.get('last-event-id');
  return { ...query, after: query.after ?? (lastEventId || undefined) };
}
