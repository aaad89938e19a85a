/**
 * The sub-path journeys: the one production build (`npx next build`, the main suite's) served at the
 * root, under /kubesys and under /ops/kube-system, each behind a real nginx configured as an Ingress
 * controller would be (e2e/subpath/serve.ts, mounts.ts). BASE_PATH is given when each server starts.
 */
import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';
import { MOUNTS, portVariables, WAYS } from './e2e/subpath/mounts';

const isCI = Boolean(process.env.CI);

/** A free loopback port, chosen once in the main process; workers and the server inherit it through the environment. */
function freePort(variable: string): number {
  if (!process.env[variable]) {
    const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
    process.env[variable] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
  }
  return Number(process.env[variable]);
}

for (const mount of MOUNTS) {
  for (const way of WAYS) {
    const names = portVariables(mount, way);
    freePort(names.port);
    freePort(names.appPort);
  }
}
const [last] = MOUNTS.slice(-1);
const readyUrl = `http://127.0.0.1:${process.env[portVariables(last!, 'sso').port]}${last!.basePath}/api/healthz`;

export default defineConfig({
  testDir: './e2e/subpath',
  testMatch: '**/*.spec.ts',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: isCI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/subpath' }]] : [['list']],
  use: {
    locale: 'en-US',
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
    // nginx starts once every dashboard answers, so this one URL through nginx means all are up.
    command: 'npx tsx e2e/subpath/serve.ts',
    url: readyUrl,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
