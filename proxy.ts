/**
 * Runs before every request (Next.js 16 "proxy", formerly middleware; Node.js runtime): access control
 * (AUTH_MODE) and security headers with a per-request CSP nonce on every response — pages, API, static.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { decideAccess } from '@/lib/auth/access';
import { getAccessPolicy, peerAddress } from '@/lib/auth/policy';
import { getConfig } from '@/lib/config';
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, getConfig().NODE_ENV === 'development');
  const { pathname, search } = request.nextUrl;
  const decision = decideAccess(getAccessPolicy(), {
    pathname,
    headers: request.headers,
    cookies: request.cookies,
    peer: peerAddress(request.headers),
    nowMs: Date.now(),
  });

  let response: NextResponse;
  if (decision.allow) {
    // Next reads the nonce from the request's CSP header and stamps its own scripts with it.
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('Content-Security-Policy', csp);
    response = NextResponse.next({ request: { headers } });
  } else if (pathname.startsWith('/api/') || !decision.signIn) {
    response = refusal(pathname, decision);
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

function refusal(pathname: string, decision: { status: number; code: string; message: string }): NextResponse {
  const headers = { 'Cache-Control': 'no-store' };
  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: { code: decision.code, message: decision.message, status: decision.status } }, { status: decision.status, headers });
  }
  return new NextResponse(`${decision.status} ${decision.code}: ${decision.message}\n`, {
    status: decision.status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
