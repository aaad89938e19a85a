/**
 * Sign-in and sign-out for AUTH_MODE=token, behind the /api/auth routes: same-origin checks, the
 * per-client limit on failed sign-ins, the token check, and the server-side session the cookie names;
 * the browser is sent on (form posts) or answered JSON (scripts).
 */
import 'server-only';
import { getConfig } from '@/lib/config';
import { log } from '@/lib/log';
import { BASE_PATH } from '@/lib/public-env';
import { errorResponse } from '@/lib/server/errors';
import { getAccessToken } from './access-token';
import { getSignInLimiter } from './failure-limiter';
import { safeNextPath } from './next-path';
import { requestClient } from './policy';
import { crossSiteReason } from './same-origin';
import { clearedSessionCookie, isSecureRequest, readCookie, SESSION_COOKIE, sessionCookie, tokensEqual } from './session';
import { getSessionStore } from './session-store';

/** A failed attempt waits this long before it is answered; the limiter bounds how many there can be. */
const FAILURE_DELAY_MS = 400;

interface SignInForm {
  token: string;
  next: string;
  wantsJson: boolean;
}

async function readForm(request: Request): Promise<SignInForm> {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    const body = (await request.json().catch(() => ({}))) as { token?: unknown; next?: unknown };
    return { token: typeof body.token === 'string' ? body.token : '', next: safeNextPath(body.next), wantsJson: true };
  }
  const form = await request.formData().catch(() => undefined);
  const token = form?.get('token');
  return { token: typeof token === 'string' ? token : '', next: safeNextPath(form?.get('next')), wantsJson: false };
}

function seeOther(location: string, cookie?: string): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  if (cookie) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** 429 with Retry-After: JSON for scripts, a short page for a browser's form post. */
function tooManyAttempts(retryAfterSeconds: number, wantsJson: boolean): Response {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const message = `Too many failed sign-ins from your address; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  const headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' };
  if (wantsJson) {
    return Response.json({ error: { code: 'TooManyRequests', message, status: 429 } }, { status: 429, headers });
  }
  const page = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    '<title>Sign in · kubesys</title></head>',
    '<body style="font-family:system-ui,sans-serif;background:#f5f6f8;color:#1f2328;margin:0">',
    '<main style="max-width:24rem;margin:4rem auto;background:#fff;border:1px solid #d8dce1;border-radius:.5rem;padding:1.25rem">',
    '<h1 style="font-size:1.125rem;margin:0 0 .75rem">Not signed in</h1>',
    `<p role="alert" style="font-size:.875rem">${message}</p>`,
    `<p style="font-size:.875rem"><a href="${BASE_PATH}/login">Back to sign-in</a></p></main></body></html>`,
  ].join('');
  return new Response(page, { status: 429, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}

function isJsonRequest(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').includes('application/json');
}

export async function signIn(request: Request): Promise<Response> {
  const config = getConfig();
  if (config.AUTH_MODE !== 'token') return errorResponse(404, 'NotFound', 'Token sign-in is off (AUTH_MODE is not token).');
  const client = requestClient(request.headers);
  // A cross-site form must not sign a browser in (login CSRF); SameSite does not cover this POST.
  const crossSite = crossSiteReason(request.headers, new URL(request.url));
  if (crossSite) {
    log.warn('sign-in refused', { client, reason: `cross-site: ${crossSite}` });
    return errorResponse(403, 'Forbidden', 'Cross-site sign-in refused.');
  }
  const limiter = getSignInLimiter();
  const retryAfter = limiter.retryAfterSeconds(client, Date.now());
  if (retryAfter > 0) {
    log.warn('sign-in refused', { client, reason: 'too many failed sign-ins', retryAfterSeconds: retryAfter });
    return tooManyAttempts(retryAfter, isJsonRequest(request));
  }
  const form = await readForm(request);
  let expected: string;
  try {
    expected = getAccessToken();
  } catch (error) {
    log.error('token sign-in unavailable', { error });
    return errorResponse(500, 'AuthMisconfigured', 'Sign-in is not available: the access token cannot be loaded. See the server log.');
  }
  if (!form.token || !tokensEqual(form.token, expected)) {
    limiter.recordFailure(client, Date.now());
    await new Promise((resolve) => setTimeout(resolve, FAILURE_DELAY_MS));
    log.warn('sign-in refused', { client, reason: 'wrong token' });
    if (form.wantsJson) return errorResponse(401, 'Unauthorized', 'That access token is not valid.');
    return seeOther(`${BASE_PATH}/login?error=invalid&next=${encodeURIComponent(form.next)}`);
  }
  const ttlMs = config.AUTH_SESSION_HOURS * 3_600_000;
  const cookie = sessionCookie(getSessionStore().create(expected, Date.now(), ttlMs), {
    path: BASE_PATH || '/',
    secure: isSecureRequest(request.headers, new URL(request.url)),
    maxAgeSeconds: ttlMs / 1000,
  });
  log.info('signed in', { client });
  if (form.wantsJson) {
    return Response.json({ status: 'signed-in' }, { headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } });
  }
  return seeOther(`${BASE_PATH}${form.next}`, cookie);
}

/** Ends the session on the server (the cookie stops working everywhere it was copied) and clears it. */
export function signOut(request: Request): Response {
  const client = requestClient(request.headers);
  const crossSite = crossSiteReason(request.headers, new URL(request.url));
  if (crossSite) {
    log.warn('sign-out refused', { client, reason: `cross-site: ${crossSite}` });
    return errorResponse(403, 'Forbidden', 'Cross-site sign-out refused.');
  }
  const session = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  if (getSessionStore().revoke(session)) log.info('signed out', { client });
  const cookie = clearedSessionCookie({ path: BASE_PATH || '/', secure: isSecureRequest(request.headers, new URL(request.url)) });
  return seeOther(`${BASE_PATH}/login?signedOut=1`, cookie);
}
