/**
 * Runs before every request (Next.js 16 "proxy", formerly middleware; Node.js runtime): the Host check
 * (DNS rebinding), the method check (read-only; HEAD never reaches a route that opens a stream), access
 * control (AUTH_MODE), the cluster a URL names (`/c/<context>/x` and `/api/c/<context>/x` are rewritten
 * to `/x` and `/api/x` with the context in the `x-kubesys-context` request header; an unknown context is
 * left unrewritten, so no route matches and the 404 names the contexts), and security headers with a
 * per-request CSP nonce on every response — pages, API, static.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { decideAccess } from '@/lib/auth/access';
import { getAccessPolicy, getHostAllowlist, peerAddress } from '@/lib/auth/policy';
import { CONTEXT_HEADER, parseContextPath } from '@/lib/api/cluster-path';
import { getConfig } from '@/lib/config';
import { clusterCatalogue } from '@/lib/server/cluster-catalogue';
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import { hostRefusal, methodRefusal, refusalBody, type Refusal } from '@/lib/security/request-policy';

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, getConfig().NODE_ENV === 'development');
  const { pathname, search } = request.nextUrl;
  const scoped = parseContextPath(pathname);
  // The rules of a cluster's path are those of the same path without the context.
  const ruled = scoped?.path ?? pathname;
  const refused =
    hostRefusal(ruled, request.headers.get('host'), getHostAllowlist()) ?? methodRefusal(ruled, request.method);
  const decision = refused
    ? undefined
    : decideAccess(getAccessPolicy(), {
        pathname: ruled,
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
    headers.set('Content-Security-Policy', csp);
    // Set from the URL and never removed (a rewrite that left the server would come back through here
    // without the prefix); a client that sends the header itself only picks a context the URL could name.
    if (scoped) headers.set(CONTEXT_HEADER, scoped.context);
    response = scoped && isKnownContext(scoped.context) ? rewriteTo(request, scoped.path, headers) : NextResponse.next({ request: { headers } });
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

/** True when the kubeconfig has the context (a kubeconfig that cannot be read knows none). */
function isKnownContext(context: string): boolean {
  const listed = clusterCatalogue();
  return listed.ok && listed.catalogue.contexts.includes(context);
}

/**
 * Serves `path` (under the base path, with the query) for the URL the browser keeps showing. Next.js keeps
 * a rewrite internal only when its origin is the server's own (`http://<HOSTNAME>:<port>`), but `nextUrl`
 * spells a loopback address `localhost`: a rewrite built from it alone would be proxied over HTTP to
 * itself. The production server binds BIND_ADDRESS (scripts/start.mjs passes it as HOSTNAME).
 */
function rewriteTo(request: NextRequest, path: string, headers: Headers): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = path;
  const { BIND_ADDRESS, NODE_ENV } = getConfig();
  if (NODE_ENV === 'production' && url.hostname === 'localhost') url.hostname = BIND_ADDRESS.includes(':') ? `[${BIND_ADDRESS}]` : BIND_ADDRESS;
  return NextResponse.rewrite(url, { request: { headers } });
}

/** Every refusal is the JSON error envelope (a Kubernetes Status too under /api/k8s), pages included. */
function refusal(pathname: string, refused: Refusal): NextResponse {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (refused.allowHeader) headers.Allow = refused.allowHeader;
  return NextResponse.json(refusalBody(pathname, refused), { status: refused.status, headers });
}
