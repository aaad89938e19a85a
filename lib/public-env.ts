/**
 * The environment the browser sees: the `NEXT_PUBLIC_` values next.config.js sets and Next.js inlines
 * into the bundle at build time. Safe on both sides; the server's own settings are in lib/config.ts.
 */

/** The sub-path the app is served under (`/kubesys` behind an Ingress), or '' at the root; from BASE_PATH at build time. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
