// @ts-check
/** Next.js configuration. BASE_PATH serves the app under a sub-path (e.g. /kubesys behind an Ingress). */
const basePath = process.env.BASE_PATH ? process.env.BASE_PATH.replace(/\/+$/, '') : '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@kubernetes/client-node'],
};

module.exports = nextConfig;
