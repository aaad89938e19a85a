/**
 * Token sign-in: constant-time token comparison and the session cookie that follows a successful
 * sign-in (its value is a session id; session-store.ts keeps the sessions).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'kubesys_session';

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

/** A cookie's value from a Cookie header (`a=1; kubesys_session=v2.x`), or undefined. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
