/**
 * Playwright journeys against the production build, served by `npm run demo` machinery: one dashboard
 * on a healthy demo cluster and one on a degraded one. Debian's Chromium when present (CI and these
 * machines cannot download browsers), Playwright's own browser elsewhere.
 */
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';
import { DEGRADED, FAULTS, FLEET, HEALTHY, LARGE, SECURITY, TOKEN_AUTH } from './e2e/env';

const isCI = Boolean(process.env.CI);

const demoServer = (target: typeof HEALTHY, simFlags: string, env: Record<string, string> = {}) => ({
  command: `npx tsx scripts/demo.ts --no-build ${simFlags}`,
  url: `${target.url}/api/healthz`,
  env: { PORT: String(target.port), NEXT_TELEMETRY_DISABLED: '1', ...env },
  reuseExistingServer: !isCI,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
});

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // The sub-path journeys run this build behind nginx at three paths: playwright.subpath.config.ts.
  testIgnore: 'subpath/**',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: HEALTHY.url,
    // The journeys read English; e2e/korean.spec.ts asks for ko-KR itself.
    locale: 'en-US',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      },
    },
  ],
  webServer: [
    demoServer(HEALTHY, '--seed 7'),
    demoServer(DEGRADED, '--seed 7 --scenario degraded'),
    // Lists longer than the 300-row window the pages ask for (e2e/windows.spec.ts).
    demoServer(LARGE, '--seed 7 --nodes 400'),
    {
      // AUTH_MODE=token, with everything the server prints kept for e2e/login.spec.ts's leak check.
      ...demoServer(TOKEN_AUTH, '--seed 7', { AUTH_MODE: 'token', AUTH_TOKEN: TOKEN_AUTH.token, LOG_LEVEL: 'debug' }),
      command: `mkdir -p ${path.dirname(TOKEN_AUTH.log)} && npx tsx scripts/demo.ts --no-build --seed 7 > ${TOKEN_AUTH.log} 2>&1`,
    },
    // Fault journeys (e2e/faults.spec.ts) drive this one's demo cluster through its admin port; a short
    // forbidden retry so a 403 lifted mid-test is noticed in seconds.
    demoServer(FAULTS, `--seed 7 --admin-port ${FAULTS.adminPort}`, { FORBIDDEN_RETRY_MS: '3000' }),
    // Multi-cluster journeys (e2e/clusters.spec.ts): six contexts in one kubeconfig, fleet cards refreshed each second.
    demoServer(FLEET, `--seed 7 --clusters 3 --broken --admin-port ${FLEET.adminPort}`, { FLEET_PROBE_MS: '1000', HEALTH_POLL_MS: '1000' }),
    {
      // The security journeys' server: low limits, access log, its log kept (e2e/security-*.spec.ts).
      ...demoServer(SECURITY, '', SECURITY.env),
      command: `mkdir -p ${path.dirname(SECURITY.log)} && npx tsx scripts/demo.ts --no-build --seed 7 --admin-port ${SECURITY.adminPort} > ${SECURITY.log} 2>&1`,
    },
  ],
});
