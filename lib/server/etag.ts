/**
 * Validators for JSON answers (RFC 9110 §8.8.3, §13.1.2): an answer's entity tag is a hash of its body
 * without the timestamps that move with the clock alone (`generatedAt`, `freshness.lastSyncAt`), so a poll
 * that finds nothing new gets a 304 without a body; the 304 carries the current timestamps in headers.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { GENERATED_AT_HEADER, LAST_SYNC_AT_HEADER } from '@/lib/api/conditional';

const CLOCK_FIELDS = /"(generatedAt|lastSyncAt)":"([^"\\]*)"/g;

export interface BodyValidator {
  /** A weak entity tag (`W/"…"`): the same data, byte for byte apart from the clock fields. */
  etag: string;
  /** The last `generatedAt` and `lastSyncAt` of the body, when it has them. */
  generatedAt?: string;
  lastSyncAt?: string;
}

/** The body's validator: one pass to blank the clock fields, one SHA-1 of the rest. */
export function validatorOf(body: string): BodyValidator {
  const clock: { generatedAt?: string; lastSyncAt?: string } = {};
  const stable = body.replace(CLOCK_FIELDS, (_, name: 'generatedAt' | 'lastSyncAt', value: string) => {
    clock[name] = value;
    return `"${name}":""`;
  });
  const etag = `W/"${createHash('sha1').update(stable).digest('base64url')}"`;
  return { etag, ...clock };
}

/**
 * Whether an `If-None-Match` header matches the entity tag by the weak comparison a GET uses (RFC 9110
 * §13.1.2): `*`, or any listed tag equal to it with or without `W/`.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** The 304 for a matching conditional GET: no body, the validator and the current timestamps. */
export function notModified(validator: BodyValidator, headers: Record<string, string>): Response {
  const out: Record<string, string> = { ...headers, ETag: validator.etag };
  delete out['Content-Type'];
  if (validator.generatedAt) out[GENERATED_AT_HEADER] = validator.generatedAt;
  if (validator.lastSyncAt) out[LAST_SYNC_AT_HEADER] = validator.lastSyncAt;
  return new Response(null, { status: 304, headers: out });
}
