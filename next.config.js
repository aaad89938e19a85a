// @ts-check
/**
 * Next.js configuration. The sub-path (BASE_PATH, e.g. /kubesys behind an Ingress) is chosen when the
 * server starts: a production build is made with a placeholder base path that scripts/start.mjs maps to
 * BASE_PATH (scripts/map-build.mjs, docs/architecture.md); `next dev` reads BASE_PATH when it starts.
 * Pages named `page.dev.tsx` (the design preview at /dev/preview and its sample data) exist only in
 * `next dev`: the production build does not know the extension, so nothing for development ships.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { PHASE_DEVELOPMENT_SERVER } = require('next/constants');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with scripts/start.mjs
const { BASE_PATH_PLACEHOLDER, parseBasePath } = require('./scripts/base-path.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const createNextIntlPlugin = require('next-intl/plugin');

/**
 * next-intl reads each request's language and messages here (no locale in the URL: cookie, then
 * Accept-Language). The catalogue (messages/<locale>/<area>.json) is precompiled when it is bundled, so
 * the browser formats messages without shipping the ICU message parser.
 */
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', precompile: true } },
});

/** NEXT_DIST_DIR builds into another directory (a second build beside the main one). */
const distDir = process.env.NEXT_DIST_DIR || '.next';
const PAGE_EXTENSIONS = ['tsx', 'ts', 'jsx', 'js'];
/** Only `next dev` serves these. */
const DEV_PAGE_EXTENSIONS = ['dev.tsx'];

/**
 * `next dev` serves BASE_PATH as given (a malformed one stops it with the reason); a build gets the
 * placeholder, whatever BASE_PATH says.
 * @param {string} phase
 */
const basePathFor = (phase) => (phase === PHASE_DEVELOPMENT_SERVER ? parseBasePath(process.env.BASE_PATH) : BASE_PATH_PLACEHOLDER);

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) =>
  withNextIntl({
    output: 'standalone',
    distDir,
    basePath: basePathFor(phase),
    env: { NEXT_PUBLIC_BASE_PATH: basePathFor(phase) },
    poweredByHeader: false,
    reactStrictMode: true,
    serverExternalPackages: ['@kubernetes/client-node'],
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? [...DEV_PAGE_EXTENSIONS, ...PAGE_EXTENSIONS] : PAGE_EXTENSIONS,
  });
