/**
 * Turns a request URL into the route that served it (`/pods/coredns-x` → `/pods/[name]`), so request
 * metrics have one series per route, not per URL. Patterns come from the build's route manifests.
 */
import fs from 'node:fs';
import path from 'node:path';

interface RoutePattern {
  route: string;
  regex: RegExp;
}

export interface RouteTable {
  basePath: string;
  patterns: RoutePattern[];
  exact: Set<string>;
}

/** `/components/[id]` → /^\/components\/[^/]+$/; `[...slug]` one or more segments, `[[...slug]]` zero or more. */
export function routeRegex(route: string): RegExp {
  const source = route
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return '(?:/.*)?';
      if (/^\[\.\.\..+\]$/.test(segment)) return '/.+';
      if (/^\[.+\]$/.test(segment)) return '/[^/]+';
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    })
    .join('');
  return new RegExp(`^${source || '/'}$`);
}

export function createRouteTable(routes: readonly string[], basePath = ''): RouteTable {
  const visible = routes.filter((route) => !route.split('/').some((segment) => segment.startsWith('_') && !segment.startsWith('_next')));
  const dynamic = visible.filter((route) => route.includes('['));
  return {
    basePath,
    exact: new Set(visible.filter((route) => !route.includes('['))),
    // More specific (fewer dynamic segments) first, so `/pods/[name]/logs` beats `/pods/[...rest]`.
    patterns: dynamic
      .sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0) || b.length - a.length)
      .map((route) => ({ route, regex: routeRegex(route) })),
  };
}

/** The route label of a URL: a route of the app, `/_next/static`, or `unmatched`. */
export function routeOf(table: RouteTable, url: string): string {
  let pathname = url.split('?')[0] || '/';
  if (table.basePath && pathname.startsWith(table.basePath)) pathname = pathname.slice(table.basePath.length) || '/';
  if (pathname.length > 1) pathname = pathname.replace(/\/+$/, '');
  if (pathname.startsWith('/_next/')) return pathname.startsWith('/_next/static/') ? '/_next/static' : '/_next';
  if (table.exact.has(pathname)) return pathname;
  return table.patterns.find((pattern) => pattern.regex.test(pathname))?.route ?? 'unmatched';
}

/** Reads the routes of the build the server runs from (`<distDir>/app-path-routes-manifest.json`). */
export function loadRouteTable(distDir: string, cwd = process.cwd()): RouteTable {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ cwd, distDir, file), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const appRoutes = (read('app-path-routes-manifest.json') ?? {}) as Record<string, string>;
  const routesManifest = (read('routes-manifest.json') ?? {}) as { basePath?: string };
  return createRouteTable([...new Set(Object.values(appRoutes))], routesManifest.basePath ?? '');
}
