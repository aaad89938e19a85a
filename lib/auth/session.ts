/**
 * Token sign-in: constant-time token comparison and the signed session cookie that follows a
 * successful sign-in. The session key is derived from the token, so rotating the token ends every
 * session, and all replicas that share the token accept each other's cookies.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'kubesys_session';
const VERSION = 'v1';

/**
 * Compares a presented token with the expected one in constant time. Both sides are hashed first so
 * the comparison takes the same time whatever their lengths (timingSafeEqual needs equal lengths).
 */
export function tokensEqual(presented: string, expected: string): boolean {
  if (!expected) return false;
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

function sessionKey(token: string): Buffer {
  return createHmac('sha256', 'kubesys-session-key').update(token, 'utf8').digest();
}

function sign(payload: string, token: string): string {
  return createHmac('sha256', sessionKey(token)).update(payload, 'utf8').digest('base64url');
}

/** A session value `v1.<expiry ms>.<HMAC>`: no user data, nothing secret, only proof of a sign-in. */
export function createSession(token: string, nowMs: number, ttlMs: number): string {
  const payload = `${VERSION}.${nowMs + ttlMs}`;
  return `${payload}.${sign(payload, token)}`;
}

/** True when the value was signed with this token's key and has not expired. */
export function verifySession(value: string | undefined, token: string, nowMs: number): boolean {
  if (!value || !token) return false;
  const parts = value.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION || !/^\d+$/.test(parts[1])) return false;
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`, token));
  const presented = Buffer.from(parts[2]);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return false;
  return Number(parts[1]) > nowMs;
}

export interface CookieOptions {
  /** The app's base path; the cookie is sent only under it. */
  path: string;
  /** Set when the browser reached us over TLS (directly or through a TLS-terminating proxy). */
  secure: boolean;
  maxAgeSeconds: number;
}

/** A Set-Cookie value: HttpOnly (no script reads it), SameSite=Lax (no cross-site POSTs carry it). */
export function sessionCookie(value: string, opts: CookieOptions): string {
  const parts = [`${SESSION_COOKIE}=${value}`, `Path=${opts.path || '/'}`, `Max-Age=${Math.floor(opts.maxAgeSeconds)}`, 'HttpOnly', 'SameSite=Lax'];
  if (opts.secure) parts.push('Secure');
  return parts.join('; ');
}

export function clearedSessionCookie(opts: Omit<CookieOptions, 'maxAgeSeconds'>): string {
  return sessionCookie('', { ...opts, maxAgeSeconds: 0 });
}

/** TLS as the browser saw it: `X-Forwarded-Proto: https` from a proxy, or Next's own note of a TLS socket. */
export function isSecureRequest(headers: Headers, url: URL): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded ? forwarded === 'https' : url.protocol === 'https:';
}
