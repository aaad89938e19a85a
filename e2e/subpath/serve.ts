/**
 * Serves the sub-path build (BASE_PATH=/kubesys in .next-subpath) behind a real nginx: the demo cluster
 * and dashboard via scripts/demo.ts --no-build, then `nginx -p <tmp> -c nginx.conf` on
 * E2E_SUBPATH_PORT. The dashboard runs AUTH_MODE=proxy and trusts only nginx's source address.
 * Playwright's webServer starts it (playwright.subpath.config.ts); SIGTERM stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE_PATH, nginxConf, PROXY_SOURCE_ADDRESS } from './nginx-conf';

const ROOT = path.resolve(__dirname, '../..');
const SUBPATH_DIST_DIR = '.next-subpath';

function main(): void {
  const listenPort = Number(process.env.E2E_SUBPATH_PORT ?? 3180);
  const upstreamPort = Number(process.env.E2E_SUBPATH_APP_PORT ?? 3181);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-nginx-'));
  fs.chmodSync(prefix, 0o755);
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), nginxConf({ prefix, listenPort, upstreamPort }));

  const children: ChildProcess[] = [];
  const demo = spawn('npx', ['tsx', 'scripts/demo.ts', '--no-build', '--seed', '7'], {
    cwd: ROOT,
    stdio: 'inherit',
    detached: true,
    env: {
      ...process.env,
      PORT: String(upstreamPort),
      BASE_PATH,
      NEXT_DIST_DIR: SUBPATH_DIST_DIR,
      AUTH_MODE: 'proxy',
      TRUSTED_PROXIES: PROXY_SOURCE_ADDRESS,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  children.push(demo);
  const nginx = spawn('nginx', ['-p', prefix, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'inherit' });
  children.push(nginx);
  console.log(`nginx on http://127.0.0.1:${listenPort}${BASE_PATH}/ → dashboard on 127.0.0.1:${upstreamPort}`);

  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    nginx.kill('SIGTERM');
    if (demo.pid) {
      try {
        process.kill(-demo.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    fs.rmSync(prefix, { recursive: true, force: true });
    setTimeout(() => process.exit(code), 300);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  for (const child of children) child.on('exit', (code) => stop(code ?? 1));
}

main();
