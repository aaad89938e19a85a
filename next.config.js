// @ts-check
/** Next.js configuration. BASE_PATH serves the app under a sub-path (e.g. /kubesys behind an Ingress). */
const basePath = process.env.BASE_PATH ? process.env.BASE_PATH.replace(/\/+$/, '') : '';
/** NEXT_DIST_DIR builds into another directory (the sub-path e2e build lives beside the main one). */
const distDir = process.env.NEXT_DIST_DIR || '.next';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  distDir,
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@kubernetes/client-node'],
};

module.exports = nextConfig;
