// Lint rules: Next.js core web vitals + TypeScript, and the one-way import boundaries of STYLE.md.
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const serverOnly = ['@/lib/kube/*', '@/lib/server/*', '@/lib/metrics/*', '@kubernetes/client-node'];

/**
 * Modules that run on the server only (as `@/…` paths or packages): the cluster client, the services,
 * metrics, auth, config and logging, the demo cluster, Node's own modules.
 */
const SERVER_MODULE =
  /^(?:@\/lib\/(?:kube|server|metrics|auth|security|observability)(?:\/|$)|@\/lib\/(?:config|log)$|@\/(?:sim|test|instrumentation|proxy)(?:\/|$)|server-only$|@kubernetes\/client-node|node:|(?:fs|path|os|net|tls|dns|http|https|crypto|child_process|stream|zlib)(?:\/|$))/;
/** Code that always reaches the browser: the UI, its hooks, and what both sides share. */
const CLIENT_DIRS = ['components/', 'lib/hooks/', 'lib/api/', 'lib/logs/', 'lib/public-env.ts'];

/** `client-boundary/no-server-imports`: client code (above, or any file that starts with 'use client') imports no server module. */
const clientBoundary = {
  rules: {
    'no-server-imports': {
      meta: { type: 'problem', messages: { server: "Client code must not import the server module '{{source}}'; call an /api route through lib/hooks." } },
      create(context) {
        const file = path.relative(context.cwd, context.filename).split(path.sep).join('/');
        const isUseClient = context.sourceCode.ast.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
        if (!isUseClient && !CLIENT_DIRS.some((dir) => file.startsWith(dir))) return {};
        const check = (node, source) => {
          if (typeof source !== 'string') return;
          // A relative import is judged by where it lands: '../../lib/kube/cache' is '@/lib/kube/cache'.
          const name = source.startsWith('.') ? `@/${path.relative(context.cwd, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/')}` : source;
          if (SERVER_MODULE.test(name)) context.report({ node, messageId: 'server', data: { source } });
        };
        return {
          ImportDeclaration: (node) => check(node.source, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
          ExportAllDeclaration: (node) => check(node.source, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
        };
      },
    },
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.sim/**'],
  },
  {
    // UI code never reaches the cluster directly: it goes through app/api via lib/hooks.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { 'client-boundary': clientBoundary },
    rules: { 'client-boundary/no-server-imports': 'error' },
  },
  {
    // The browser's environment is the build's: only lib/public-env.ts reads it, only lib/config.ts reads the server's.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'proxy.ts'],
    ignores: ['lib/config.ts', 'lib/public-env.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment through lib/config.ts (server) or lib/public-env.ts (browser).' }],
    },
  },
  {
    // Pages are rendered per request from live data: a link prefetches nothing unless it says so (AppLink).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['components/ui/app-link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: "Import Link from '@/components/ui/app-link': it does not prefetch live pages (each prefetch is a server render)." }] },
      ],
      // The server renders in its own locale and time zone: a date formatted without the reader's locale
      // differs from the browser's and breaks hydration. next-intl's formatter (or DateTime) has both.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/][arguments.length=0]",
          message: "Format with next-intl's useFormatter (or <DateTime>, <ClockTime>): it uses the reader's locale and the dashboard's time zone on server and browser alike.",
        },
      ],
    },
  },
  {
    // The model is pure: no I/O, no React, no Kubernetes client.
    files: ['lib/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...serverOnly, 'react', 'node:*', 'fs', 'swr'], message: 'lib/model is pure: no I/O, React or client library.' }] },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The server's floors import one way: model ← kube and metrics ← server (its composition root builds
    // the cluster runtime) ← app. Nothing below the root imports upward, so no part reaches another's
    // state behind its back and no import loop can form. Tests may cross floors.
    files: ['lib/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib/model', from: ['./lib/kube', './lib/metrics', './lib/server', './lib/observability', './app'], message: 'lib/model is pure: it imports nothing of lib/kube, lib/metrics, lib/server or app/.' },
            { target: './lib/kube', from: ['./lib/metrics', './lib/server', './lib/observability', './app'], message: 'lib/kube talks to the API server and knows nothing above it: the composition root (lib/server/runtime-root.ts) hands it what it needs.' },
            { target: './lib/metrics', from: ['./lib/server', './lib/observability', './app'], message: 'lib/metrics holds metrics; what it needs of the cluster model the composition root (lib/server/runtime-root.ts) hands it as functions.' },
            { target: './lib/observability', from: ['./lib/server', './app'], message: 'lib/observability knows nothing of the cluster runtime: lib/server/runtime-metrics.ts adds its collectors.' },
            { target: './lib/server', from: './app', message: 'lib/server does not import app/: routes and pages call it, not the other way round.' },
          ],
        },
      ],
    },
  },
  {
    // The demo cluster is a separate program that shares the repo: it must be able to disagree with the
    // dashboard, so neither its code nor its tests borrow the dashboard's (a shared bug passes every test).
    files: ['sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?:@/|(?:\\.\\./)+)(?:lib|app|components)(?:/|$)', message: 'sim/ imports nothing from lib/, app/ or components/: compute it in sim/.' }] },
      ],
      'import/no-restricted-paths': [
        'error',
        { zones: [{ target: './sim', from: ['./lib', './app', './components'], message: 'sim/ imports nothing from lib/, app/ or components/: compute it in sim/.' }] },
      ],
    },
  },
];

export default config;
