/**
 * URL builders shared by the server and the browser. Page links go through `next/link`, which adds
 * the base path itself; `fetch` and `EventSource` do not, so API URLs are built here. In the browser,
 * on a cluster's page (`/c/<context>/…`), page and API paths keep that cluster: `/nodes` becomes
 * `/c/<context>/nodes` and `/api/overview` `/api/c/<context>/overview` (lib/api/cluster-path.ts).
 */
import { BASE_PATH } from '@/lib/public-env';
import { parseContextPath, withContext } from './cluster-path';

/** The context the page in view names in its URL (`/c/<context>/…`), in the browser; undefined elsewhere. */
export function currentContext(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  const { pathname } = window.location;
  const path = BASE_PATH && pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname;
  return parseContextPath(path)?.context;
}

/** Paths that belong to no cluster: the fleet page and sign-in. */
const GLOBAL_PATHS = /^\/(?:clusters|login)(?:[/?#]|$)|^\/api\/(?:auth|healthz|readyz|metrics|clusters)(?:[/?#]|$)/;

/** Whether a page or API path belongs to no cluster (the fleet page, sign-in, the fleet's and the server's own APIs). */
export const isGlobalPath = (path: string): boolean => GLOBAL_PATHS.test(path);

/** A bare page or API path in the cluster of the page in view (unchanged for global paths and prefixed ones). */
export function inCurrentContext(path: string): string {
  if (!path.startsWith('/') || parseContextPath(path.split(/[?#]/)[0]) || isGlobalPath(path)) return path;
  return withContext(path, currentContext());
}

/** An API URL under the app's base path, e.g. `apiUrl('/api/overview')` → `/kubesys/api/overview` (`/kubesys/api/c/prod/overview` on prod's pages). */
export function apiUrl(path: string, query?: Record<string, string | number | boolean | undefined>): string {
  return `${BASE_PATH}${inCurrentContext(apiPath(path, query))}`;
}

/** An API path with its query, before the base path and the cluster: how a page's first views are named (lib/hooks/first-views.tsx). */
export function apiPath(path: string, query?: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}`;
}

export const componentHref = (id: string) => inCurrentContext(`/components/${encodeURIComponent(id)}`);
export const podHref = (name: string) => inCurrentContext(`/pods/${encodeURIComponent(name)}`);
export const nodeHref = (name: string) => inCurrentContext(`/nodes/${encodeURIComponent(name)}`);
export const groupHref = (id: string) => inCurrentContext(`/groups/${encodeURIComponent(id)}`);
/** All pods' logs of a component, merged (`kubectl logs -l … --prefix`). */
export const componentLogsHref = (id: string) => inCurrentContext(`/components/${encodeURIComponent(id)}/logs`);

/** The pod list with filters, as `/pods` reads them: `?status=CrashLoopBackOff&component=coredns`. */
export function podsHref(filters: { status?: string; component?: string; node?: string; q?: string } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const search = params.toString();
  return inCurrentContext(`/pods${search ? `?${search}` : ''}`);
}

export const API = {
  overview: '/api/overview',
} as const;

/** The API path with its query of an `apiUrl` (without the base path and the cluster): `apiPathOf(apiUrl(p, q)) === apiPath(p, q)`. */
export function apiPathOf(url: string): string {
  const local = BASE_PATH && url.startsWith(BASE_PATH) ? url.slice(BASE_PATH.length) : url;
  const [path, search] = local.split(/(?=\?)/, 2);
  return `${parseContextPath(path)?.path ?? path}${search ?? ''}`;
}
