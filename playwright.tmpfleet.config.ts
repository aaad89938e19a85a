import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';
import { FLEET } from './e2e/env';
export default defineConfig({
  testDir: './e2e', testMatch: 'clusters.spec.ts', workers: 2, timeout: 60_000, expect: { timeout: 15_000 }, reporter: [['list']],
  use: { baseURL: FLEET.url, screenshot: 'only-on-failure' },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH_OPTIONS } }],
  webServer: [{ command: `npx tsx scripts/demo.ts --no-build --seed 7 --clusters 3 --broken --admin-port ${FLEET.adminPort}`, url: `${FLEET.url}/api/healthz`, env: { PORT: String(FLEET.port), NEXT_TELEMETRY_DISABLED: '1', FLEET_PROBE_MS: '1000', HEALTH_POLL_MS: '1000' }, reuseExistingServer: false, timeout: 120_000, stdout: 'ignore', stderr: 'pipe', gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 } }],
});
