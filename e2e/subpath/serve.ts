/**
 * Serves the one production build (.next, the build the main suite uses) behind a real nginx at every
 * entry of mounts.ts: one demo cluster, one dashboard per entry started with its BASE_PATH through
 * scripts/start.mjs (which maps the build), then `nginx -p <tmp> -c nginx.conf` once every dashboard
 * answers. Playwright's webServer starts it (playwright.subpath.config.ts); SIGTERM stops everything.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSimArgs } from '../../sim/args';
import { startSim } from '../../sim/index';
// @ts-expect-error -- plain ESM script without type declarations
import { startServer } from '../../scripts/start.mjs';
import { ACCESS_TOKEN, entries, PROXY_SOURCE_ADDRESS, type Entry } from './mounts';
import { nginxConf } from './nginx-conf';

const ROOT = path.resolve(__dirname, '../..');
const READY_TIMEOUT_MS = 120_000;

const children: ChildProcess[] = [];
const closers: (() => unknown)[] = [];
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(closers.map((close) => close()));
  setTimeout(() => process.exit(code), 300);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const all = entries();
  const sim = await startSim({ ...parseSimArgs(['--seed', '7']), port: 0, kubeconfig: path.join(ROOT, '.sim', `subpath-${all[0]!.port}.kubeconfig`), quiet: true });
  closers.push(() => sim.close());
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-nginx-'));
  closers.push(() => fs.rmSync(prefix, { recursive: true, force: true }));

  for (const entry of all) {
    const dashboard = startServer({ env: dashboardEnv(entry, sim), stdio: ['ignore', 'ignore', 'inherit'] }) as ChildProcess;
    children.push(dashboard);
    dashboard.on('exit', (code) => void stop(code ?? 1));
  }
  await Promise.all(all.map((entry) => waitUntilServing(`${entry.appUrl}/api/healthz`)));

  fs.chmodSync(prefix, 0o755);
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), nginxConf({ prefix, entries: all }));
  const nginx = spawn('nginx', ['-p', prefix, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'inherit' });
  children.push(nginx);
  nginx.on('exit', (code) => void stop(code ?? 1));
  for (const entry of all) console.log(`nginx on ${entry.url}/ (${entry.way}) → dashboard on 127.0.0.1:${entry.appPort}`);
}

function dashboardEnv(entry: Entry, sim: { kubeconfigPath: string; dnsPort: number }): Record<string, string> {
  return {
    PORT: String(entry.appPort),
    BASE_PATH: entry.basePath,
    KUBECONFIG: sim.kubeconfigPath,
    KUBESYS_CLUSTER_SOURCE: 'demo',
    CLUSTER_DNS_SERVER: `127.0.0.1:${sim.dnsPort}`,
    TRUSTED_PROXIES: PROXY_SOURCE_ADDRESS,
    NEXT_TELEMETRY_DISABLED: '1',
    ...(entry.way === 'token' ? { AUTH_MODE: 'token', AUTH_TOKEN: ACCESS_TOKEN } : { AUTH_MODE: 'proxy' }),
  };
}

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
}

main().catch((error: unknown) => {
  console.error(`subpath serve: ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
