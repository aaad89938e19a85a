/**
 * What a request must look like before anything else looks at it: a Host kubesys answers to (DNS
 * rebinding), a method the path serves, and a path that decodes. Pure; proxy.ts and the front door
 * (front-door.ts, in the raw HTTP server) turn a refusal into a JSON response.
 */

/** Open to any Host: probes and scrapes address the pod by IP (`Host: 10.0.3.7:3000`) and reveal no cluster data. */
const HOST_EXEMPT_PATHS = new Set(['/api/healthz', '/api/readyz', '/api/metrics']);
const SIGN_IN_PATHS = new Set(['/api/auth/login', '/api/auth/logout']);
const PROXY_PREFIX = '/api/k8s';

export interface Refusal {
  status: number;
  code: string;
  message: string;
  /** For 405: the methods the path does serve. */
  allowHeader?: string;
}

/** The names a Host header may carry (lower case; IPv6 in brackets), besides the loopback names. */
export type HostAllowlist = ReadonlySet<string>;

/**
 * The host part of a Host header, canonical as a browser would send it (`LOCALHOST:3000` → `localhost`,
 * `[0:0::1]` → `[::1]`, `127.1` → `127.0.0.1`), or null when it is not a plain host[:port].
 */
export function hostName(header: string | null | undefined): string | null {
  if (!header || !/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(header)) return null;
  try {
    return new URL(`http://${header}`).hostname;
  } catch {
    return null;
  }
}

/** `localhost`, 127.0.0.0/8 and ::1: only this machine reaches them, so no page elsewhere can rebind to them. */
export function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name === '[::1]' || name === '[::ffff:7f00:1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/** The Host forms of IP addresses: `10.0.3.7` stays, `fd00::5` becomes `[fd00::5]` (as a URL writes them). */
export function hostFormOfAddress(address: string): string {
  const plain = address.replace(/%.*$/, '');
  return plain.includes(':') ? (hostName(`[${plain}]`) ?? `[${plain}]`) : plain;
}

export function createHostAllowlist(names: readonly string[], ownAddresses: readonly string[]): HostAllowlist {
  return new Set([...names.map((name) => hostName(name) ?? name), ...ownAddresses.map(hostFormOfAddress)]);
}

/**
 * Refuses a Host that is neither a loopback name, one of the server's own addresses nor in ALLOWED_HOSTS.
 * DNS rebinding makes a browser send a page's own name to 127.0.0.1; the name gives it away.
 */
export function hostRefusal(pathname: string, host: string | null | undefined, allowed: HostAllowlist): Refusal | null {
  if (HOST_EXEMPT_PATHS.has(pathname)) return null;
  const name = hostName(host);
  if (name && (isLoopbackName(name) || allowed.has(name))) return null;
  const shown = host ? `"${host.slice(0, 100)}"` : 'a missing Host header';
  return {
    status: 421,
    code: 'MisdirectedRequest',
    message: `kubesys does not answer to ${shown}; add the name to ALLOWED_HOSTS if an Ingress serves it`,
  };
}

export function isProxyPath(pathname: string): boolean {
  return pathname === PROXY_PREFIX || pathname.startsWith(`${PROXY_PREFIX}/`);
}

/**
 * The methods a path serves. kubesys is read-only: the API answers GET (HEAD only on the probes, so a
 * HEAD never opens a watch or a log upstream), sign-in and sign-out take POST, pages GET and HEAD.
 */
export function allowedMethods(pathname: string): readonly string[] {
  if (SIGN_IN_PATHS.has(pathname)) return ['POST'];
  if (HOST_EXEMPT_PATHS.has(pathname)) return ['GET', 'HEAD'];
  if (pathname === '/api' || pathname.startsWith('/api/')) return ['GET'];
  return ['GET', 'HEAD'];
}

export function methodRefusal(pathname: string, method: string): Refusal | null {
  const allowed = allowedMethods(pathname);
  if (allowed.includes(method)) return null;
  const shown = /^[A-Za-z-]{1,20}$/.test(method) ? method : 'this method';
  const why = isProxyPath(pathname) ? 'kubesys is read-only, its proxy forwards GET and watch only' : `${pathname.startsWith('/api/') ? 'this API route' : 'this page'} answers ${allowed.join(' and ')}`;
  return { status: 405, code: 'MethodNotAllowed', message: `${shown} is not allowed: ${why}`, allowHeader: allowed.join(', ') };
}

/**
 * Refuses a request target Next.js cannot route safely: not a path (`*`, `http://other/…`), a path whose
 * percent-encoding is not UTF-8 (`%ff`), or one that decodes to control characters. Kubernetes names
 * never need either, and Next.js would answer them with a bare 500.
 */
export function targetRefusal(rawTarget: string): Refusal | null {
  if (!rawTarget.startsWith('/')) return badRequest('the request target must be a path starting with /');
  const path = rawTarget.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return badRequest('the path is not valid percent-encoded UTF-8');
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return badRequest('the path contains control characters');
  return null;
}

function badRequest(message: string): Refusal {
  return { status: 400, code: 'BadRequest', message };
}

/**
 * The JSON body of a refusal: the app's `{ error }` envelope; under /api/k8s also a Kubernetes `Status`,
 * so kubectl prints the message.
 */
export function refusalBody(pathname: string, refusal: Refusal): Record<string, unknown> {
  const error = { code: refusal.code, message: refusal.message, status: refusal.status };
  if (!isProxyPath(pathname)) return { error };
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: refusal.message, reason: refusal.code, code: refusal.status, error };
}

/** The path without the base path, or null when it is outside it. */
export function withoutBasePath(pathname: string, basePath: string): string | null {
  if (!basePath) return pathname;
  if (pathname === basePath) return '/';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}
