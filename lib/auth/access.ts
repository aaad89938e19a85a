/**
 * Who may pass (AUTH_MODE none | proxy | token), decided per request from its path, headers and the
 * peer address. Pure apart from the clock; proxy.ts turns a refusal into a response.
 */
import { SESSION_COOKIE } from './session';
import type { SessionStore } from './session-store';

/** Open in every mode: probes, metrics scrapes, the sign-in itself and the static bundles and icon it needs. */
const PUBLIC_PATHS = new Set(['/icon.svg', '/api/healthz', '/api/readyz', '/api/metrics', '/login', '/api/auth/login', '/api/auth/logout']);
const PUBLIC_PREFIXES = ['/_next/static/'];

/** The conventional headers of oauth2-proxy and most authenticating proxies. */
export const USER_HEADERS = ['x-forwarded-user', 'x-forwarded-email'] as const;

export type AuthMode = 'none' | 'proxy' | 'token';

export interface AccessPolicy {
  mode: AuthMode;
  /** AUTH_MODE=token: the expected token (throws when it cannot be loaded). */
  token?: () => string;
  /** AUTH_MODE=token: the open sessions. */
  sessions?: Pick<SessionStore, 'verify'>;
  /** AUTH_MODE=proxy: is this peer one of TRUSTED_PROXIES? */
  isTrustedProxy?: (peer: string | null) => boolean;
}

export interface AccessRequest {
  /** The path without the base path. */
  pathname: string;
  headers: Headers;
  cookies: { get(name: string): { value: string } | undefined };
  /** The TCP peer as the socket saw it, or null when it could not be seen. */
  peer: string | null;
  nowMs: number;
}

export type AccessDecision =
  | { allow: true; user?: string }
  | { allow: false; status: 401 | 403 | 500; code: string; message: string; signIn: boolean };

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

export function decideAccess(policy: AccessPolicy, req: AccessRequest): AccessDecision {
  if (policy.mode === 'none' || isPublicPath(req.pathname)) return { allow: true };
  if (policy.mode === 'proxy') return decideProxy(policy, req);
  let token: string;
  try {
    token = policy.token?.() ?? '';
  } catch {
    return refuse(500, 'AuthMisconfigured', 'Sign-in is not available: the access token cannot be loaded. See the server log.', false);
  }
  if (policy.sessions?.verify(req.cookies.get(SESSION_COOKIE)?.value, token, req.nowMs)) return { allow: true };
  return refuse(401, 'Unauthorized', 'Sign in with an access token to use kubesys.', true);
}

function decideProxy(policy: AccessPolicy, req: AccessRequest): AccessDecision {
  if (!req.peer) {
    return refuse(403, 'Forbidden', 'The peer address is unknown, so the sign-in proxy cannot be verified; start kubesys with scripts/start.mjs.', false);
  }
  if (!policy.isTrustedProxy?.(req.peer)) {
    return refuse(403, 'Forbidden', 'kubesys is reachable only through its sign-in proxy.', false);
  }
  const user = USER_HEADERS.map((name) => req.headers.get(name)?.trim()).find(Boolean);
  if (!user) return refuse(401, 'Unauthorized', 'The sign-in proxy did not identify a user (X-Forwarded-User or X-Forwarded-Email).', false);
  return { allow: true, user };
}

function refuse(status: 401 | 403 | 500, code: string, message: string, signIn: boolean): AccessDecision {
  return { allow: false, status, code, message, signIn };
}
