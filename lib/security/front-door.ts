/**
 * The front door: what the raw HTTP server (scripts/server-hooks.cjs) answers before Next.js sees a
 * request. Next.js turns an odd method (`TRACE`), a path that does not decode (`/api/pods/%ff`) or a
 * request the parser rejects into a bare 500 or 400 with a stack trace in the log; here they become the
 * JSON error envelope with the security headers. It also answers the build's static assets from memory
 * (static-assets.ts) once they are cached. Pure apart from the nonce and that cache.
 */
import { headerValue, type RawRequestHeaders, type RawResponse } from './raw-http';
import { STATIC_PREFIX, type StaticAssets } from './static-assets';
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from './headers';
import { hostRefusal, methodRefusal, refusalBody, targetRefusal, withoutBasePath, type HostAllowlist, type Refusal } from './request-policy';

/** Set by lib/observability/startup.ts, called by scripts/server-hooks.cjs. */
export const FRONT_DOOR = Symbol.for('kubesys.front-door');

export interface FrontDoor {
  /** An answer for a request Next.js must not see or need not serve, or null to pass it on. */
  request(method: string, rawTarget: string, headers?: RawRequestHeaders): RawResponse | null;
  /** The raw HTTP/1.1 answer to a request the parser refused (`err.code` as Node reports it). */
  parseError(code: string | undefined): string;
}

/** Every security header of a normal response; JSON runs no scripts, so any nonce will do. */
export function securityHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(createNonce()), ...STATIC_SECURITY_HEADERS };
}

export function jsonRefusal(pathname: string, refusal: Refusal): RawResponse & { body: string } {
  const headers: Record<string, string> = {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (refusal.allowHeader) headers.Allow = refusal.allowHeader;
  return { status: refusal.status, headers, body: JSON.stringify(refusalBody(pathname, refusal)) };
}

export interface FrontDoorOptions {
  /** The build's static assets; without them Next.js serves every one. */
  assets?: StaticAssets;
  /** The Host allowlist (asked only for static assets; every other request meets it in proxy.ts). */
  hosts?: () => HostAllowlist;
}

export function createFrontDoor(basePath: string, { assets, hosts }: FrontDoorOptions = {}): FrontDoor {
  return {
    request(method, rawTarget, headers = {}) {
      const target = targetRefusal(rawTarget);
      if (target) return jsonRefusal('/', target);
      const inBase = withoutBasePath(rawTarget.split('?')[0] ?? '/', basePath);
      const pathname = inBase ?? '/';
      const refusal = methodRefusal(pathname, method);
      if (refusal) return jsonRefusal(pathname, refusal);
      // A Host that proxy.ts would refuse goes on to it, so the refusal reads the same for every path.
      if (!assets || !hosts || inBase === null || !inBase.startsWith(STATIC_PREFIX)) return null;
      if (hostRefusal(pathname, headerValue(headers.host), hosts())) return null;
      return assets.answer({ method, pathname, headers }, securityHeaders);
    },
    parseError(code) {
      return rawHttpResponse(jsonRefusal('/', parseErrorRefusal(code)));
    },
  };
}

function parseErrorRefusal(code: string | undefined): Refusal {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, code: 'RequestHeaderFieldsTooLarge', message: 'the request headers are too large' };
  if (code === 'HPE_REQUEST_TIMEOUT' || code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, code: 'RequestTimeout', message: 'the request was not received in time' };
  }
  return { status: 400, code: 'BadRequest', message: 'the request is not valid HTTP/1.1 (method, path bytes or headers)' };
}

/** An HTTP/1.1 response as bytes, for a socket the parser gave up on (no ServerResponse exists). */
export function rawHttpResponse(response: RawResponse & { body: string }): string {
  const reason: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
  const headers = { ...response.headers, 'Content-Length': String(Buffer.byteLength(response.body)), Connection: 'close' };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${response.status} ${reason[response.status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${response.body}`;
}
