/**
 * How a URL names a cluster (kubeconfig context), shared by the proxy, the server and the browser:
 * `/c/<context>/…` for pages and `/api/c/<context>/…` for JSON (Headlamp's convention); a bare path is
 * the default context. The proxy rewrites the prefixed path to the bare one and passes the context on
 * in `CONTEXT_HEADER`.
 */

/** The request header the proxy sets to the context a `/c/<context>` URL names (and removes otherwise). */
export const CONTEXT_HEADER = 'x-kubesys-context';

/** A context name as a kubeconfig may spell it; the URL segment is its encodeURIComponent. */
const MAX_CONTEXT_LENGTH = 253;

export interface ContextPath {
  /** The context the URL names, decoded. */
  context: string;
  /** The path without the context: `/c/prod/nodes` → `/nodes`, `/api/c/prod/overview` → `/api/overview`. */
  path: string;
}

/**
 * Splits `/c/<context>/rest` and `/api/c/<context>/rest` (paths without the base path); undefined for
 * every other path and for a segment that does not decode (that URL then matches no route: a 404).
 */
export function parseContextPath(pathname: string): ContextPath | undefined {
  const match = /^(\/api)?\/c\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return undefined;
  let context: string;
  try {
    context = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  if (!context || context.length > MAX_CONTEXT_LENGTH) return undefined;
  const rest = match[3] ?? '';
  return { context, path: match[1] ? `/api${rest}` : rest || '/' };
}

/** The prefix of a context's pages: `/c/prod` (to put before a page path), '' for none. */
export function contextPrefix(context: string | undefined): string {
  return context ? `/c/${encodeURIComponent(context)}` : '';
}

/** A page or API path of `context`: `/nodes` → `/c/prod/nodes`, `/api/overview` → `/api/c/prod/overview`. */
export function withContext(path: string, context: string | undefined): string {
  if (!context) return path;
  if (path === '/api' || path.startsWith('/api/')) return `/api${contextPrefix(context)}${path.slice(4)}`;
  return `${contextPrefix(context)}${path === '/' ? '' : path}` || '/';
}
