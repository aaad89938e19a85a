/**
 * `npm run demo`: starts the demo cluster and the dashboard together. The dashboard reaches the demo
 * cluster through a kubeconfig, exactly as it reaches a real one. Flags after `--` go to the demo
 * cluster (`--nodes`, `--seed`, `--scenario`, `--dump DIR`, `--auth exec`, `--proxy` …); `--dev` runs
 * `next dev`, `--no-build` skips the production build check. `--clusters N` (1-3) starts N demo clusters in
 * one kubeconfig (healthy, degraded, a replayed capture; scripts/demo-fleet.ts), `--broken` adds two contexts
 * that fail (unreachable, wrong token); `--admin-port P` then gives the clusters P, P+1, P+2.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startSim } from '../sim/index';
import { parseSimArgs } from '../sim/args';
import { startDemoFleet } from './demo-fleet';
// @ts-expect-error -- plain ESM script without type declarations
import { startServer } from './start.mjs';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['app', 'components', 'lib', 'public'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dev = take(argv, '--dev');
  const noBuild = take(argv, '--no-build');
  take(argv, '--'); // `npx tsx scripts/demo.ts -- --nodes 5` passes the separator through; npm strips it.
  const clusters = takeValue(argv, '--clusters');
  const broken = take(argv, '--broken');
  const port = Number(process.env.PORT ?? 3000);
  const simOptions = parseSimArgs(argv);
  if (clusters !== undefined || broken) {
    const { adminPort, kubeconfig, ...shared } = simOptions;
    const fleet = await startDemoFleet({
      count: clusters === undefined ? 1 : Number(clusters),
      kubeconfig: kubeconfig ?? path.join(ROOT, '.sim', `demo-${port}.kubeconfig`),
      shared: { ...shared, port: undefined },
      adminPorts: adminPort ? [adminPort, adminPort + 1, adminPort + 2] : undefined,
      broken,
    });
    for (const [context, sim] of fleet.sims) console.log(`demo cluster ${context} (${sim.source.name}) at ${sim.url}; admin ${sim.adminUrl}`);
    console.log(`kubeconfig with contexts ${fleet.contexts.join(', ')}: ${fleet.kubeconfigPath}`);
    return serve({ dev, noBuild, port, env: { PORT: String(port), KUBECONFIG: fleet.kubeconfigPath }, close: fleet.close });
  }
  const sim = await startSim({
    ...simOptions,
    port: simOptions.port ?? 0,
    kubeconfig: simOptions.kubeconfig ?? path.join(ROOT, '.sim', `demo-${port}.kubeconfig`),
    quiet: true,
  });
  const source = sim.source.kind;
  const access = [`auth ${sim.authMode}`, sim.proxyUrl ? `via proxy ${sim.proxyUrl}` : '', sim.tlsServerName ? `TLS name ${sim.tlsServerName}` : ''].filter(Boolean).join(', ');
  console.log(`demo cluster (${sim.source.name}) at ${sim.url} (${access}); kubeconfig: ${sim.kubeconfigPath}; admin ${sim.adminUrl}`);

  const env = {
    PORT: String(port),
    KUBECONFIG: sim.kubeconfigPath,
    KUBESYS_CLUSTER_SOURCE: source,
    // A replayed capture is a still photo: the dashboard says when it was taken instead of "Live", and the
    // demo's DNS stand-in (which would answer kubernetes.default with an IP of its own) is not asked.
    ...(sim.source.capturedAt ? { KUBESYS_CAPTURED_AT: sim.source.capturedAt } : { CLUSTER_DNS_SERVER: `127.0.0.1:${sim.dnsPort}` }),
  };
  return serve({ dev, noBuild, port, env, close: () => sim.close() });
}

/** Builds when stale, starts the dashboard with `env`, and stops it and the demo cluster(s) together. */
async function serve({ dev, noBuild, port, env, close }: { dev: boolean; noBuild: boolean; port: number; env: Record<string, string>; close: () => Promise<void> }): Promise<void> {
  if (!dev && !noBuild && buildIsStale()) {
    console.log('building the dashboard (next build)…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) {
      await close();
      process.exit(build.status ?? 1);
    }
  }
  const server: ChildProcess = dev
    ? spawn('npx', ['next', 'dev', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
        detached: true,
      })
    : startServer({ env });
  console.log(`kubesys: http://127.0.0.1:${port}${process.env.BASE_PATH ?? ''}/  (Ctrl-C stops both)`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.pid && dev) process.kill(-server.pid, 'SIGTERM');
    else server.kill('SIGTERM');
    await close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  server.on('exit', (code) => void stop(code ?? 0));
}

function takeValue(argv: string[], flag: string): string | undefined {
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index < 0) return undefined;
  const [arg] = argv.splice(index, 1);
  if (arg.includes('=')) return arg.slice(flag.length + 1);
  const [value] = argv.splice(index, 1);
  if (value === undefined) throw new Error(`${flag} needs a value`);
  return value;
}

function take(argv: string[], flag: string): boolean {
  const index = argv.indexOf(flag);
  if (index >= 0) argv.splice(index, 1);
  return index >= 0;
}

/** True when there is no production build or a source file is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId) || !fs.existsSync(path.join(ROOT, '.next', 'standalone', 'server.js'))) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newer = (file: string): boolean => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return fs.readdirSync(file).some((entry) => newer(path.join(file, entry)));
    return stat.mtimeMs > builtAt && !/\.test\.tsx?$/.test(file);
  };
  return [...SOURCE_DIRS, ...SOURCE_FILES].map((entry) => path.join(ROOT, entry)).filter(fs.existsSync).some(newer);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
