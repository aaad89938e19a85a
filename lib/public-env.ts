/**
 * The environment the browser sees: the `NEXT_PUBLIC_` values next.config.js sets and Next.js inlines
 * into the bundle at build time. Safe on both sides; the server's own settings are in lib/config.ts.
 */

/**
 * The sub-path the app is served under (`/kubesys` behind an Ingress), or '' at the root: BASE_PATH as
 * given when the server started. The build inlines a placeholder here that scripts/start.mjs replaces
 * (scripts/map-build.mjs), so build URLs from this, never from a literal.
 */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
