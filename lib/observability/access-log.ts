/**
 * The access log (ACCESS_LOG=true): one JSON line per request with the time, the client address, the
 * user, method, path, status and duration. The path is logged without its query string, and no header,
 * cookie or body is, so no token can reach the log.
 */

export interface AccessLogEntry {
  client: string;
  /** The proxy's user (AUTH_MODE=proxy), `session:<handle>` (token; a hash, not the session), or null. */
  user: string | null;
  method: string;
  path: string;
  status: number;
  durationMs: number;
}

const MAX_PATH_LENGTH = 1000;

/** The entry for one finished request; `url` is the request target as received. */
export function toAccessLogEntry(request: { method: string; url: string; status: number; seconds: number }, who: { client: string; user: string | null }): AccessLogEntry {
  const path = (request.url.split('?')[0] ?? '/').slice(0, MAX_PATH_LENGTH);
  return {
    client: who.client,
    user: who.user,
    method: request.method.slice(0, 20),
    path,
    status: request.status,
    durationMs: Math.round(request.seconds * 1000),
  };
}
