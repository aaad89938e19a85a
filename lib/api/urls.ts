/**
 * URL builders shared by the server and the browser. Page links go through `next/link`, which adds
 * the base path itself; `fetch` and `EventSource` do not, so API URLs are built here.
 */
import { BASE_PATH } from '@/lib/public-env';

/** An API URL under the app's base path, e.g. `apiUrl('/api/overview')` → `/kubesys/api/overview`. */
export function apiUrl(path: string, query?: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE_PATH}${path}${search ? `?${search}` : ''}`;
}

export const componentHref = (id: string) => `/components/${encodeURIComponent(id)}`;
export const podHref = (name: string) => `/pods/${encodeURIComponent(name)}`;
export const nodeHref = (name: string) => `/nodes/${encodeURIComponent(name)}`;
export const groupHref = (id: string) => `/groups/${encodeURIComponent(id)}`;
/** All pods' logs of a component, merged (`kubectl logs -l … --prefix`). */
export const componentLogsHref = (id: string) => `/components/${encodeURIComponent(id)}/logs`;

/** The pod list with filters, as `/pods` reads them: `?status=CrashLoopBackOff&component=coredns`. */
export function podsHref(filters: { status?: string; component?: string; node?: string; q?: string } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const search = params.toString();
  return `/pods${search ? `?${search}` : ''}`;
}

export const API = {
  overview: '/api/overview',
} as const;
