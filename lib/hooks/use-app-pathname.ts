'use client';
/**
 * The page's path without its cluster prefix: `/nodes` on `/c/prod/nodes`. Next.js's `usePathname` gives
 * the rewritten path (`/nodes`) while rendering on the server and the address bar's (`/c/prod/nodes`) in
 * the browser; this is the same on both, so what depends on it hydrates without a mismatch.
 */
import { usePathname } from 'next/navigation';
import { parseContextPath } from '@/lib/api/cluster-path';

export function useAppPathname(): string {
  const pathname = usePathname() ?? '/';
  return parseContextPath(pathname)?.path ?? pathname;
}

/**
 * The context the address bar names (`/c/<context>/…`), undefined on bare paths and while rendering on the
 * server. Calling it also re-renders the caller on every navigation, which the layout's components need:
 * the API URLs they poll (apiUrl) follow the address bar, but a layout is not rendered again by itself.
 */
export function useViewedContext(): string | undefined {
  return parseContextPath(usePathname() ?? '/')?.context;
}
