import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';
export default defineConfig({ testDir: './e2e', testMatch: 'zz-probe.spec.ts', workers: 1, timeout: 300_000, use: { locale: 'ko-KR' }, projects: [{ name: 'c', use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH_OPTIONS } }] });
