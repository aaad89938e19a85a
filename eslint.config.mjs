// Lint rules: Next.js core web vitals + TypeScript, and the one-way import boundaries of STYLE.md.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const serverOnly = ['@/lib/kube/*', '@/lib/server/*', '@/lib/metrics/*', '@kubernetes/client-node'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', '.next-subpath/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.sim/**'],
  },
  {
    // UI code never reaches the cluster directly: it goes through app/api via lib/hooks.
    files: ['components/**/*.{ts,tsx}', 'lib/hooks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: serverOnly, message: 'UI code must not import server modules; call an /api route through lib/hooks.' }] }],
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
