/**
 * The front door: what the raw HTTP server (scripts/server-hooks.cjs) answers before Next.js sees a
 * request. Next.js turns an odd method (`TRACE`), a path that does not decode (`/api/pods/%ff`) or a
 * request the parser rejects into a bare 500 or 400 with a stack trace in the log; here they become the
 * JSON error envelope with the security headers. Pure apart from the nonce.
 */
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from './headers';
import { methodRefusal, refusalBody, targetRefusal, withoutBasePath, type Refusal } from './request-policy';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Set by lib/observability/startup.ts, called by scripts/server-hooks.cjs. */
export const FRONT_DOOR = Symbol.for('kubesys.front-door');

export interface FrontDoor {
  /** An answer for a request Next.js must not see, or null to pass it on. */
  request(method: string, rawTarget: string): RawResponse | null;
  /** The raw HTTP/1.1 answer to a request the parser refused (`err.code` as Node reports it). */
  parseError(code: string | undefined): string;
}

/** Every security header of a normal response; JSON runs no scripts, so any nonce will do. */
export function securityHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(createNonce()), ...STATIC_SECURITY_HEADERS };
}

export function jsonRefusal(pathname: string, refusal: Refusal): RawResponse {
  const headers: Record<string, string> = {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (refusal.allowHeader) headers.Allow = refusal.allowHeader;
  return { status: refusal.status, headers, body: JSON.stringify(refusalBody(pathname, refusal)) };
}

export function createFrontDoor(basePath: string): FrontDoor {
  return {
    request(method, rawTarget) {
      const target = targetRefusal(rawTarget);
      if (target) return jsonRefusal('/', target);
      const pathname = withoutBasePath(rawTarget.split('?')[0] ?? '/', basePath) ?? '/';
      const refusal = methodRefusal(pathname, method);
      return refusal ? jsonRefusal(pathname, refusal) : null;
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
export function rawHttpResponse(response: RawResponse): string {
  const reason: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
  const headers = { ...response.headers, 'Content-Length': String(Buffer.byteLength(response.body)), Connection: 'close' };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${response.status} ${reason[response.status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${response.body}`;
}
