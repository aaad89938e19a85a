/**
 * `npx tsx bench/clusters.ts [--nodes 4,100] [--extra 4]`: the memory one more fully cached cluster costs.
 * Per size, starts 1 + `extra` demo clusters of that many nodes (one kubeconfig, a context each), the
 * production server on it (CLUSTER_CACHE_MAX above the count), lets the default cluster sync, reads the
 * server's RSS and V8 heap (its own /api/metrics, after 10 s of quiet), then views every other cluster
 * (overview, findings: informers, health poller, sampler, probes all running) and reads them again once
 * they have synced and sampled metrics twice. Prints per-cluster deltas as Markdown; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify, parse } from 'yaml';
import { startSim, type RunningSim } from '../sim/index';
// @ts-expect-error -- plain ESM script without type declarations
import { startServer } from '../scripts/start.mjs';

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const SIZES = option('--nodes', '4,100').split(',').map(Number);
const EXTRA = Number(option('--extra', '4'));
const PORT = Number(process.env.PORT ?? 4230);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(url: string, ok: (body: string) => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && ok(await response.text())) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  throw new Error(`${url} not ready in ${timeoutMs} ms`);
}

/** The server's RSS (from /proc) and used heap (its own metrics), median of three reads a second apart. */
async function memory(pid: number): Promise<{ rssMiB: number; heapMiB: number }> {
  const reads: { rss: number; heap: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
    const metrics = await (await fetch(`http://127.0.0.1:${PORT}/api/metrics`)).text();
    const heap = Number(/^kubesys_nodejs_heap_size_used_bytes (\S+)$/m.exec(metrics)?.[1] ?? NaN);
    reads.push({ rss, heap });
    await sleep(1_000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[1];
  return { rssMiB: median(reads.map((r) => r.rss)) / 2 ** 20, heapMiB: median(reads.map((r) => r.heap)) / 2 ** 20 };
}

async function measure(nodes: number): Promise<string> {
  const sims: RunningSim[] = [];
  const merged = { clusters: [] as unknown[], users: [] as unknown[], contexts: [] as unknown[] };
  for (let i = 0; i <= EXTRA; i++) {
    const sim = await startSim({ port: 0, nodes, seed: 7 + i, kubeconfig: path.join(ROOT, '.sim', `bench-clusters-${i}.kubeconfig`), quiet: true });
    sims.push(sim);
    const own = parse(fs.readFileSync(sim.kubeconfigPath, 'utf8'));
    const name = `bench-${i}`;
    merged.clusters.push({ name, cluster: own.clusters[0].cluster });
    merged.users.push({ name, user: own.users[0].user });
    merged.contexts.push({ name, context: { cluster: name, user: name, extensions: [{ name: 'kubesys', extension: { source: 'demo', clusterDnsServer: `127.0.0.1:${sim.dnsPort}` } }] } });
  }
  const kubeconfig = path.join(ROOT, '.sim', 'bench-clusters.kubeconfig');
  fs.writeFileSync(kubeconfig, stringify({ apiVersion: 'v1', kind: 'Config', ...merged, 'current-context': 'bench-0' }), { mode: 0o600 });
  const server = startServer({ env: { PORT: String(PORT), KUBECONFIG: kubeconfig, CLUSTER_CACHE_MAX: String(EXTRA + 2), METRICS_INTERVAL: '5' }, stdio: 'ignore' });
  try {
    await waitFor(`http://127.0.0.1:${PORT}/api/readyz`, () => true);
    await waitFor(`http://127.0.0.1:${PORT}/api/overview`, (body) => body.includes('"groups"'));
    await sleep(10_000);
    const before = await memory(server.pid!);
    for (let i = 1; i <= EXTRA; i++) {
      await waitFor(`http://127.0.0.1:${PORT}/api/c/bench-${i}/overview`, (body) => body.includes('"state":"live"'));
      await fetch(`http://127.0.0.1:${PORT}/api/c/bench-${i}/findings`);
    }
    await sleep(12_000); // two metrics samples at METRICS_INTERVAL=5
    const after = await memory(server.pid!);
    const rss = (after.rssMiB - before.rssMiB) / EXTRA;
    const heap = (after.heapMiB - before.heapMiB) / EXTRA;
    return `| ${nodes} | ${EXTRA} | ${before.rssMiB.toFixed(0)} → ${after.rssMiB.toFixed(0)} | ${rss.toFixed(1)} | ${before.heapMiB.toFixed(0)} → ${after.heapMiB.toFixed(0)} | ${heap.toFixed(1)} |`;
  } finally {
    server.kill('SIGTERM');
    await Promise.all(sims.map((sim) => sim.close()));
  }
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const nodes of SIZES) rows.push(await measure(nodes));
  console.log('| nodes per cluster | clusters added | server RSS MiB (1 cluster → all) | RSS MiB per cached cluster | V8 heap used MiB | heap MiB per cached cluster |');
  console.log('|---:|---:|---|---:|---|---:|');
  for (const row of rows) console.log(row);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
