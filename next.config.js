// @ts-check
/**
 * Next.js configuration. BASE_PATH serves the app under a sub-path (e.g. /kubesys behind an Ingress).
 * Pages named `page.dev.tsx` (the design preview at /dev/preview and its sample data) exist only in
 * `next dev`: the production build does not know the extension, so nothing for development ships.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { PHASE_DEVELOPMENT_SERVER } = require('next/constants');

const basePath = process.env.BASE_PATH ? process.env.BASE_PATH.replace(/\/+$/, '') : '';
/** NEXT_DIST_DIR builds into another directory (the sub-path e2e build lives beside the main one). */
const distDir = process.env.NEXT_DIST_DIR || '.next';
const PAGE_EXTENSIONS = ['tsx', 'ts', 'jsx', 'js'];
/** Only `next dev` serves these. */
const DEV_PAGE_EXTENSIONS = ['dev.tsx'];

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => ({
  output: 'standalone',
  distDir,
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@kubernetes/client-node'],
  pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? [...DEV_PAGE_EXTENSIONS, ...PAGE_EXTENSIONS] : PAGE_EXTENSIONS,
});
