/**
 * `npx tsx bench/heap-probe.ts --nodes 5000 [--port 4150] [--settle-s 60] [--snapshot] [--no-cluster]`: the
 * production server as deploy/ runs it (NODE_OPTIONS from deploy/deployment.yaml) against a demo cluster
 * of that size; once synced and settled, its RSS and its own process.memoryUsage() split (heap used,
 * external, array buffers, from /api/metrics), optionally a V8 heap snapshot (`kill -USR2`) for
 * bench/heap-summary.ts. `--no-cluster` measures the idle Next.js server without a cluster. By hand only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseBasePath } from '../scripts/base-path.cjs';
import { mapBuild } from '../scripts/map-build.mjs';
import { deployedNodeOptions } from './lean';

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const NODES = Number(option('--nodes', '100'));
const PORT = Number(option('--port', '4150'));
const SETTLE_S = Number(option('--settle-s', '60'));
const DIST = process.env.NEXT_DIST_DIR ?? '.next';
const EXTRA_NODE_OPTIONS = option('--node-options', '');
const BASE = `http://127.0.0.1:${PORT}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (...args: unknown[]) => console.error(`[probe ${new Date().toISOString().slice(11, 19)}]`, ...args);

function rssMb(pid: number | undefined): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

function killGroup(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
}

async function startSim(nodes: number): Promise<{ child: ChildProcess; kubeconfig: string }> {
  const kubeconfig = path.join(ROOT, '.sim', `probe-${nodes}.kubeconfig`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'sim/main.ts', '--nodes', String(nodes), '--seed', '7', '--port', '0', '--kubeconfig', kubeconfig], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(200)) {
    if (/at https:\/\/127\.0\.0\.1:\d+/.test(out)) return { child, kubeconfig };
    if (child.exitCode !== null) throw new Error(`demo cluster exited: ${out}`);
  }
  throw new Error('demo cluster did not start');
}

/** Resident memory by kind (/proc/<pid>/smaps_rollup): anonymous (heap, malloc) vs file-backed (the node binary, libraries). */
function residentSplit(pid: number | undefined): string {
  const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (name: string) => Math.round(Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) / 1024);
  return `anonymous ${kb('Anonymous')} MB, file-backed ${kb('Rss') - kb('Anonymous')} MB`;
}

/** process.memoryUsage() as prom-client's default metrics report it on /api/metrics. */
async function memorySplit(): Promise<Record<string, number>> {
  const text = await (await fetch(`${BASE}/api/metrics`)).text();
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const m = /^kubesys_(process_resident_memory_bytes|nodejs_heap_size_used_bytes|nodejs_heap_size_total_bytes|nodejs_external_memory_bytes)\s+(\S+)/.exec(line);
    if (m) out[m[1]] = Math.round(Number(m[2]) / 1024 / 1024);
    const space = /^kubesys_nodejs_heap_space_size_used_bytes\{space="(\w+)"\}\s+(\S+)/.exec(line);
    if (space) out[`space ${space[1]}`] = Math.round(Number(space[2]) / 1024 / 1024);
  }
  return out;
}

async function main(): Promise<void> {
  const noCluster = argv.includes('--no-cluster');
  const sim = noCluster ? undefined : await startSim(NODES);
  // @ts-expect-error -- plain ESM script without type declarations
  const { prepareStandalone, SERVER_NODE_ARGS } = await import('../scripts/start.mjs');
  const mapped = mapBuild({ standaloneDir: path.dirname(prepareStandalone(ROOT, DIST) as string), distDir: DIST, basePath: parseBasePath('/') });
  const nodeOptions = [deployedNodeOptions(ROOT), '--heapsnapshot-signal=SIGUSR2', EXTRA_NODE_OPTIONS].filter(Boolean).join(' ');
  log(`dashboard with NODE_OPTIONS=${nodeOptions}`);
  const t0 = Date.now();
  const server = spawn(process.execPath, [...(SERVER_NODE_ARGS as string[]), mapped.server], {
    cwd: mapped.dir,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      BIND_ADDRESS: '127.0.0.1',
      ...(sim ? { KUBECONFIG: sim.kubeconfig, KUBESYS_CLUSTER_SOURCE: 'demo' } : { KUBECONFIG: '/nonexistent' }),
      LOG_LEVEL: 'warn',
      BASE_PATH: '/',
      NODE_OPTIONS: nodeOptions,
    },
  });
  try {
    for (const deadline = Date.now() + 300_000; ; await sleep(100)) {
      if (Date.now() > deadline) throw new Error('not ready in 300 s');
      const status = await fetch(`${BASE}/api/${noCluster ? "healthz" : "readyz"}`).then((r) => r.status, () => 0);
      if (status === 200) break;
    }
    log(`ready in ${Date.now() - t0} ms, RSS ${rssMb(server.pid)} MB; settling ${SETTLE_S} s`);
    if (!noCluster) await fetch(`${BASE}/api/overview`).then((r) => r.arrayBuffer());
    await sleep(SETTLE_S * 1000);
    log(`RSS ${rssMb(server.pid)} MB (${residentSplit(server.pid)})`, await memorySplit());
    const loadS = Number(option('--load-s', '0'));
    if (loadS > 0) {
      for (const pathname of ['/api/overview', '/api/components/kube-proxy']) {
        const cli = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
        const child = spawn(process.execPath, [cli, '-c', '50', '-d', String(loadS), '-j', `${BASE}${pathname}`], { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
        let maxRss = 0;
        while (child.exitCode === null) {
          maxRss = Math.max(maxRss, rssMb(server.pid));
          await sleep(250);
        }
        const r = JSON.parse(out) as { latency: { p50: number; p90: number; p99: number }; requests: { average: number }; non2xx: number };
        log(`${pathname} 50 connections ${loadS} s: max RSS ${maxRss} MB, p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, ${r.requests.average} req/s, non-2xx ${r.non2xx}`);
      }
      log(`RSS after load ${rssMb(server.pid)} MB`, await memorySplit());
    }
    if (argv.includes('--snapshot')) {
      const before = new Set(fs.readdirSync(mapped.dir));
      process.kill(server.pid!, 'SIGUSR2');
      for (;;) {
        await sleep(2000);
        const made = fs.readdirSync(mapped.dir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
        if (made) {
          const file = path.join(mapped.dir, made);
          const size = fs.statSync(file).size;
          await sleep(3000);
          if (size > 0 && fs.statSync(file).size === size) {
            const dest = path.join('/tmp', `probe-${NODES}-${Date.now()}.heapsnapshot`);
            fs.renameSync(file, dest);
            log(`snapshot ${dest} (${Math.round(size / 1024 / 1024)} MB)`);
            break;
          }
        }
      }
      log(`RSS after snapshot ${rssMb(server.pid)} MB`);
    }
  } finally {
    killGroup(server);
    killGroup(sim?.child);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
