/**
 * Runs before every request (Next.js 16 "proxy", formerly middleware; Node.js runtime): the Host check
 * (DNS rebinding), the method check (read-only; HEAD never reaches a route that opens a stream), access
 * control (AUTH_MODE), and security headers with a per-request CSP nonce on every response — pages,
 * API, static.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { decideAccess } from '@/lib/auth/access';
import { getAccessPolicy, getHostAllowlist, peerAddress } from '@/lib/auth/policy';
import { getConfig } from '@/lib/config';
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import { hostRefusal, methodRefusal, refusalBody, type Refusal } from '@/lib/security/request-policy';

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, getConfig().NODE_ENV === 'development');
  const { pathname, search } = request.nextUrl;
  const refused =
    hostRefusal(pathname, request.headers.get('host'), getHostAllowlist()) ?? methodRefusal(pathname, request.method);
  const decision = refused
    ? undefined
    : decideAccess(getAccessPolicy(), {
        pathname,
        headers: request.headers,
        cookies: request.cookies,
        peer: peerAddress(request.headers),
        nowMs: Date.now(),
      });

  let response: NextResponse;
  if (refused || !decision) {
    response = refusal(pathname, refused ?? { status: 500, code: 'InternalError', message: 'no access decision' });
  } else if (decision.allow) {
    // Next reads the nonce from the request's CSP header and stamps its own scripts with it.
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('Content-Security-Policy', csp);
    response = NextResponse.next({ request: { headers } });
  } else if (pathname.startsWith('/api/') || !decision.signIn) {
    response = refusal(pathname, { status: decision.status, code: decision.code, message: decision.message });
  } else {
    // A page without a session: to the sign-in form, keeping where the user was going. nextUrl keeps
    // the base path, and Next turns a same-origin Location into a relative one (right behind proxies).
    const login = request.nextUrl.clone();
    login.pathname = '/login';
    login.search = `?next=${encodeURIComponent(`${pathname}${search}`)}`;
    response = NextResponse.redirect(login, 303);
  }
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/** Every refusal is the JSON error envelope (a Kubernetes Status too under /api/k8s), pages included. */
function refusal(pathname: string, refused: Refusal): NextResponse {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (refused.allowHeader) headers.Allow = refused.allowHeader;
  return NextResponse.json(refusalBody(pathname, refused), { status: refused.status, headers });
}
