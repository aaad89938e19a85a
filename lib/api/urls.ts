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

export const API = {
  overview: '/api/overview',
} as const;
