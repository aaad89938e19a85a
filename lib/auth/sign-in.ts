/**
 * Sign-in and sign-out for AUTH_MODE=token, behind the /api/auth routes: checks the presented token,
 * sets or clears the session cookie, and sends the browser on (form posts) or answers JSON (scripts).
 */
import 'server-only';
import { getConfig } from '@/lib/config';
import { log } from '@/lib/log';
import { BASE_PATH } from '@/lib/public-env';
import { errorResponse } from '@/lib/server/errors';
import { getAccessToken } from './access-token';
import { clearedSessionCookie, createSession, isSecureRequest, sessionCookie, tokensEqual } from './session';

/** A failed attempt waits this long: guessing stays slow even without a rate limiter. */
const FAILURE_DELAY_MS = 400;

/** Only a path inside the app (`/pods/x?tab=logs`), never another origin (`//evil`, `https://…`). */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

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

export async function signIn(request: Request): Promise<Response> {
  const config = getConfig();
  if (config.AUTH_MODE !== 'token') return errorResponse(404, 'NotFound', 'Token sign-in is off (AUTH_MODE is not token).');
  // A cross-site form must not sign a browser in (login CSRF); SameSite does not cover this POST.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return errorResponse(403, 'Forbidden', 'Cross-site sign-in refused.');
  const form = await readForm(request);
  let expected: string;
  try {
    expected = getAccessToken();
  } catch (error) {
    log.error('token sign-in unavailable', { error });
    return errorResponse(500, 'AuthMisconfigured', 'Sign-in is not available: the access token cannot be loaded. See the server log.');
  }
  if (!form.token || !tokensEqual(form.token, expected)) {
    await new Promise((resolve) => setTimeout(resolve, FAILURE_DELAY_MS));
    log.warn('sign-in refused', { reason: 'wrong token' });
    if (form.wantsJson) return errorResponse(401, 'Unauthorized', 'That access token is not valid.');
    return seeOther(`${BASE_PATH}/login?error=invalid&next=${encodeURIComponent(form.next)}`);
  }
  const ttlMs = config.AUTH_SESSION_HOURS * 3_600_000;
  const cookie = sessionCookie(createSession(expected, Date.now(), ttlMs), {
    path: BASE_PATH || '/',
    secure: isSecureRequest(request.headers, new URL(request.url)),
    maxAgeSeconds: ttlMs / 1000,
  });
  log.info('signed in');
  if (form.wantsJson) {
    return Response.json({ status: 'signed-in' }, { headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } });
  }
  return seeOther(`${BASE_PATH}${form.next}`, cookie);
}

export function signOut(request: Request): Response {
  const cookie = clearedSessionCookie({ path: BASE_PATH || '/', secure: isSecureRequest(request.headers, new URL(request.url)) });
  return seeOther(`${BASE_PATH}/login?signedOut=1`, cookie);
}
