'use client';
/**
 * The page's path without its cluster prefix: `/nodes` on `/c/prod/nodes`. Next.js's `usePathname` gives
 * the rewritten path (`/nodes`) while rendering on the server and the address bar's (`/c/prod/nodes`) in
 * the browser; this is the same on both, so what depends on it hydrates without a mismatch.
 */
import { usePathname } from 'next/navigation';
import { parseContextPath } from '@/lib/api/cluster-path';
import { useRenderedContext } from './first-views';

export function useAppPathname(): string {
  const pathname = usePathname() ?? '/';
  return parseContextPath(pathname)?.path ?? pathname;
}

/**
 * The context the address bar names (`/c/<context>/…`), undefined on bare paths. On the server, whose
 * pathname is the rewritten one, it is the cluster the request was rendered for, so the server's HTML (the
 * switcher's selected cluster) is the browser's first render: a select's value is not patched on hydration.
 * Calling it also re-renders the caller on every navigation, which the layout's components need: the API
 * URLs they poll (apiUrl) follow the address bar, but a layout is not rendered again by itself.
 */
export function useViewedContext(): string | undefined {
  const fromPath = parseContextPath(usePathname() ?? '/')?.context;
  const rendered = useRenderedContext();
  return typeof window === 'undefined' ? rendered : fromPath;
}
