/**
 * GET /api/clusters/contexts: the kubeconfig's context names and the default one, for the header's switcher
 * (asks no cluster). Polled: a poll that finds the same kubeconfig contexts gets a 304 without a body.
 */
import { contextsJson } from '@/lib/server/fleet';
import { matchesIfNoneMatch, notModified, validatorOf } from '@/lib/server/etag';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };

export function GET(request: Request): Response {
  const body = JSON.stringify(contextsJson());
  const validator = validatorOf(body);
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), validator.etag)) return notModified(validator, HEADERS);
  return new Response(body, { headers: { ...HEADERS, ETag: validator.etag } });
}
