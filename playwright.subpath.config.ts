/**
 * The sub-path journey: the BASE_PATH=/kubesys build (.next-subpath) behind a real nginx configured as
 * an Ingress controller would be (e2e/subpath/serve.ts). Run after `BASE_PATH=/kubesys
 * NEXT_DIST_DIR=.next-subpath npx next build` (scripts/test-all.sh does both).
 */
import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';

const isCI = Boolean(process.env.CI);

/** A free loopback port, chosen once in the main process; workers inherit it through the environment. */
function freePort(variable: string): number {
  if (!process.env[variable]) {
    const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
    process.env[variable] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
  }
  return Number(process.env[variable]);
}

const nginxPort = freePort('E2E_SUBPATH_PORT');
freePort('E2E_SUBPATH_APP_PORT');

export default defineConfig({
  testDir: './e2e/subpath',
  testMatch: '**/*.spec.ts',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: isCI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/subpath' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${nginxPort}`,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium-subpath',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      },
    },
  ],
  webServer: {
    command: 'npx tsx e2e/subpath/serve.ts',
    url: `http://127.0.0.1:${nginxPort}/kubesys/api/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
