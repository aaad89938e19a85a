/**
 * `npm run bench [-- --quick] [--nodes 100,1000,5000] [--churn-min 10] [--viewer-window-s 60] [--partial-only] [--pods-only] [--lean-only]`
 *
 * Measures the production build against the demo cluster at each size: start to a synced cache, server
 * RSS after sync and after churn, /api/overview and a component endpoint under 50 concurrent clients
 * (autocannon), the API server's requests per minute with 0/1/10/50 viewers (Chromium tabs and simulated
 * pollers; counts from the demo cluster's /stats), bytes per page view, time until the overview has
 * rendered in Chromium, first-load JavaScript per route, and the floor: `kubectl get pods -n kube-system`
 * and a raw LIST against the same demo cluster (hyperfine); then, with kinds missing (`--serve-only
 * pods,nodes,events`, bench/partial.ts), time to ready and route latency (`--partial-only` runs just that); the pod list at the
 * largest size (bench/pods.ts: /api/pods per query and under load, /pods scrolled end to end in Chromium; `--pods-only` runs just that). Prints Markdown tables and writes the raw
 * numbers to bench/results/<date>.raw.json. The lean-and-shared measurements (bench/lean.ts; `--lean-only`
 * runs just them): RSS as deployed, heap per cached pod, API requests per viewer count, shared log follows. First views
 * (bench/first-view.ts: cards and pod table visible, every page's settle time, the component page's JS, polls answered
 * 304) at every size; `--first-view-only` runs just that. Builds into NEXT_DIST_DIR (default .next-bench) when no build is there.
 *
 * Nothing here is asserted: the numbers go to BENCHMARKS.md with the machine, the date and the command.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parseBasePath } from '../scripts/base-path.cjs';
import { mapBuild } from '../scripts/map-build.mjs';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { firstViewMarkdown, measureFirstViews, type FirstViewResult } from './first-view';
import { measurePartialApi, partialMarkdown, type PartialResult } from './partial';
import { measurePodList, podListMarkdown, type PodListResult } from './pods';
import { leanMarkdown, measureLean, type LeanResult } from './lean';

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: string) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return fallback;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
};

const QUICK = flag('--quick');
const PARTIAL_ONLY = flag('--partial-only');
/** Only the first-view part (bench/first-view.ts), at every `--nodes`. */
const FIRST_VIEW_ONLY = flag('--first-view-only');
/** Only the pod list part (bench/pods.ts), at the largest `--nodes`. */
const PODS_ONLY = flag('--pods-only');
/** Only the lean-and-shared part (bench/lean.ts): memory, API requests per viewer count, shared log follows. */
const LEAN_ONLY = flag('--lean-only');
const NODES = option('--nodes', '100,1000,5000').split(',').map(Number);
/** Churn (the world ticking, watches dropped each minute, 10 viewers polling) at the largest size; 1 minute at the others. */
const CHURN_MIN = Number(option('--churn-min', QUICK ? '1' : '10'));
const VIEWER_WINDOW_S = Number(option('--viewer-window-s', QUICK ? '20' : '60'));
const LOAD_SECONDS = Number(option('--load-s', QUICK ? '5' : '10'));
const PORT = Number(process.env.PORT ?? option('--port', '3450'));
const DIST = process.env.NEXT_DIST_DIR ?? '.next-bench';
process.env.NEXT_DIST_DIR = DIST;
process.env.NEXT_TELEMETRY_DISABLED = '1';
const BASE = `http://127.0.0.1:${PORT}`;
/** The e2e suite's Chromium (no network, no pre-rendered browser UI), with tabs that keep polling like foreground tabs. */
const CHROMIUM = chromiumLaunchOptions({
  args: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});
const ROUTES = ['/', '/groups/control-plane', '/components/kube-proxy', '/nodes', '/pods', '/events', '/health', '/troubleshoot', '/inventory', '/usage'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (...args: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const median = (values: number[]) => percentile(values, 50);

/** Resident set size of a process in MB, from /proc. */
function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

function killGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// The demo cluster and the dashboard, each its own process group.

interface Sim {
  child: ChildProcess;
  url: string;
  adminUrl: string;
  kubeconfig: string;
  startMs: number;
}

async function startSimProcess(nodes: number, extraArgs: string[] = []): Promise<Sim> {
  const kubeconfig = path.join(ROOT, '.sim', `bench-${nodes}.kubeconfig`);
  const t0 = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sim/main.ts', '--nodes', String(nodes), '--seed', '7', '--port', '0', '--kubeconfig', kubeconfig, ...extraArgs], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const m = /at (https:\/\/127\.0\.0\.1:\d+) \([^)]*?admin (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m) return { child, url: m[1], adminUrl: m[2], kubeconfig, startMs: Date.now() - t0 };
    if (child.exitCode !== null) throw new Error(`demo cluster exited: ${out}`);
    await sleep(100);
  }
  throw new Error(`demo cluster did not start: ${out}`);
}

async function admin<T = unknown>(sim: Sim, p: string, method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(`${sim.adminUrl}${p}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as T;
}

interface Stats {
  requests: { total: number; byKey: Record<string, number> };
  watches: { open: number };
}

function ensureBuild(): void {
  if (fs.existsSync(path.join(ROOT, DIST, 'standalone', 'server.js')) && !flag('--build')) return;
  log(`building into ${DIST} (next build)…`);
  const build = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (build.status !== 0) throw new Error('next build failed');
}

async function startDashboard(sim: Sim, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; syncedMs: number }> {
  // @ts-expect-error -- plain ESM script without type declarations
  const { prepareStandalone, SERVER_NODE_ARGS } = await import('../scripts/start.mjs');
  // The build serves under a placeholder base path since issue 16: map it to `/` as scripts/start.mjs does.
  const mapped = mapBuild({ standaloneDir: path.dirname(prepareStandalone(ROOT, DIST) as string), distDir: DIST, basePath: parseBasePath('/') });
  const t0 = Date.now();
  const child = spawn(process.execPath, [...(SERVER_NODE_ARGS as string[]), mapped.server], {
    cwd: mapped.dir,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      BIND_ADDRESS: '127.0.0.1',
      KUBECONFIG: sim.kubeconfig,
      KUBESYS_CLUSTER_SOURCE: 'demo',
      LOG_LEVEL: 'warn',
      BASE_PATH: '/',
      ...extraEnv,
    },
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${BASE}/api/readyz`);
      if (response.status === 200) return { child, syncedMs: Date.now() - t0 };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error('dashboard exited before it was ready');
    await sleep(50);
  }
  throw new Error('dashboard did not sync in 180 s');
}

// ---------------------------------------------------------------------------------------------------
// Measurements.

interface LoadResult {
  path: string;
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  rps: number;
  errors: number;
  non2xx: number;
  bytes: number;
}

/** autocannon as its own process (so the harness does not share its event loop), 50 connections. */
function load(pathname: string, seconds = LOAD_SECONDS, connections = 50): LoadResult {
  const cli = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
  spawnSync(process.execPath, [cli, '-c', String(connections), '-d', '2', '-j', `${BASE}${pathname}`], { encoding: 'utf8' }); // warm-up
  const run = spawnSync(process.execPath, [cli, '-c', String(connections), '-d', String(seconds), '-j', `${BASE}${pathname}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(run.stdout) as {
    latency: { p50: number; p90: number; p99: number; average: number };
    requests: { average: number; total: number };
    throughput: { total: number };
    errors: number;
    non2xx: number;
  };
  return {
    path: pathname,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    mean: Math.round(result.latency.average * 100) / 100,
    rps: Math.round(result.requests.average),
    errors: result.errors,
    non2xx: result.non2xx,
    bytes: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}

/** Body size of one GET, uncompressed and as the browser gets it (gzip if the server compresses). */
async function payload(pathname: string): Promise<{ bytes: number; gzip: number; status: number }> {
  const response = await fetch(`${BASE}${pathname}`, { headers: { 'Accept-Encoding': 'identity' } });
  const body = Buffer.from(await response.arrayBuffer());
  return { bytes: body.length, gzip: gzipSync(body).length, status: response.status };
}

interface Floor {
  kubectlMs: { mean: number; median: number; min: number; max: number };
  curlListMs: { mean: number; median: number; min: number; max: number };
  podListBytes: number;
}

/** `kubectl get pods -n kube-system` and a raw LIST with curl, timed by hyperfine against the same demo cluster. */
function floor(sim: Sim): Floor | undefined {
  const config = parseYaml(fs.readFileSync(sim.kubeconfig, 'utf8')) as {
    clusters: { cluster: { 'certificate-authority-data': string } }[];
    users: { user: { token: string } }[];
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-bench-'));
  const ca = path.join(dir, 'ca.pem');
  fs.writeFileSync(ca, Buffer.from(config.clusters[0].cluster['certificate-authority-data'], 'base64'));
  const header = path.join(dir, 'auth');
  fs.writeFileSync(header, `Authorization: Bearer ${config.users[0].user.token}\n`, { mode: 0o600 });
  const out = path.join(dir, 'hyperfine.json');
  const listUrl = `${sim.url}/api/v1/namespaces/kube-system/pods`;
  const runs = QUICK ? '5' : '10';
  const hf = spawnSync(
    'hyperfine',
    ['--warmup', '2', '--runs', runs, '-N', '--export-json', out,
      `kubectl --kubeconfig ${sim.kubeconfig} get pods -n kube-system`,
      `curl -sS -o ${path.join(dir, 'pods.json')} --cacert ${ca} -H @${header} ${listUrl}`],
    { encoding: 'utf8' },
  );
  if (hf.status !== 0) {
    log('hyperfine failed:', hf.stderr);
    return undefined;
  }
  const results = (JSON.parse(fs.readFileSync(out, 'utf8')) as { results: { mean: number; median: number; min: number; max: number }[] }).results;
  const ms = (r: { mean: number; median: number; min: number; max: number }) => ({
    mean: Math.round(r.mean * 1000),
    median: Math.round(r.median * 1000),
    min: Math.round(r.min * 1000),
    max: Math.round(r.max * 1000),
  });
  const podListBytes = fs.statSync(path.join(dir, 'pods.json')).size;
  fs.rmSync(dir, { recursive: true, force: true });
  return { kubectlMs: ms(results[0]), curlListMs: ms(results[1]), podListBytes };
}

/** Installs a marker: performance.now() when the four group headings and a component card are in the DOM. */
const RENDER_MARK = `
  (() => {
    const check = () => {
      if (window.__overviewRendered) return true;
      const headings = document.querySelectorAll('section[id^="group-"] h2').length;
      const card = document.querySelector('section[id^="group-"] a[aria-label]');
      if (headings >= 4 && card) { window.__overviewRendered = performance.now(); return true; }
      return false;
    };
    new MutationObserver((_, observer) => { if (check()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true });
  })();
`;

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(RENDER_MARK);
  return context;
}

async function waitRendered(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __overviewRendered?: number }).__overviewRendered, undefined, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => (window as unknown as { __overviewRendered: number }).__overviewRendered);
}

interface PageView {
  renderMs: number[];
  /** Bytes over the wire (headers + encoded bodies) for a first, cold page view, by resource type. */
  bytes: Record<string, number>;
  totalBytes: number;
  requests: number;
}

async function pageViews(browser: Browser, runs: number): Promise<PageView> {
  const renderMs: number[] = [];
  let bytes: Record<string, number> = {};
  let requests = 0;
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const sizes: Record<string, number> = {};
    let count = 0;
    cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      const type = types.get(e.requestId) ?? 'Other';
      sizes[type] = (sizes[type] ?? 0) + e.encodedDataLength;
      count++;
    });
    await page.goto(`${BASE}/`);
    renderMs.push(Math.round(await waitRendered(page)));
    // Let the page settle (fonts, the first poll's follow-ups), then count what one view cost.
    await page.waitForLoadState('networkidle').catch(() => {});
    await sleep(500);
    if (i === 0) {
      bytes = sizes;
      requests = count;
    }
    await context.close();
  }
  return { renderMs, bytes, totalBytes: Object.values(bytes).reduce((a, b) => a + b, 0), requests };
}

/** gzip size of every JavaScript file a route loads on a first visit (what the browser must download and parse). */
async function firstLoadJs(browser: Browser): Promise<Record<string, { files: number; gzipKb: number; rawKb: number }>> {
  const out: Record<string, { files: number; gzipKb: number; rawKb: number }> = {};
  for (const route of ROUTES) {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: Promise<Buffer | undefined>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => undefined));
    });
    await page.goto(`${BASE}${route}`);
    await page.waitForLoadState('networkidle').catch(() => {});
    const bodies = (await Promise.all(scripts)).filter((b): b is Buffer => Boolean(b));
    out[route] = {
      files: bodies.length,
      gzipKb: Math.round(bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 102.4) / 10,
      rawKb: Math.round(bodies.reduce((n, b) => n + b.length, 0) / 102.4) / 10,
    };
    await context.close();
  }
  return out;
}

/** API server requests per minute while `viewers` watch the overview: real tabs, or simulated SWR pollers. */
async function apiLoad(sim: Sim, browser: Browser, viewers: number, mode: 'tabs' | 'simulated'): Promise<{ perMinute: number; byKey: Record<string, number>; dashboardRequests: number }> {
  let stop = () => {};
  let dashboardRequests = 0;
  const context = mode === 'tabs' ? await newContext(browser) : undefined;
  if (viewers > 0 && mode === 'tabs') {
    const pages = await Promise.all(Array.from({ length: viewers }, () => context!.newPage()));
    for (const page of pages) page.on('request', (r) => r.url().includes('/api/') && dashboardRequests++);
    for (const page of pages) {
      await page.goto(`${BASE}/`);
      await waitRendered(page);
    }
  } else if (viewers > 0) {
    let running = true;
    const pollers = Array.from({ length: viewers }, async (_, i) => {
      await sleep((i * 2000) / viewers);
      while (running) {
        const started = Date.now();
        try {
          await (await fetch(`${BASE}/api/overview`)).arrayBuffer();
          dashboardRequests++;
        } catch {
          /* counted as nothing */
        }
        await sleep(Math.max(0, 2000 - (Date.now() - started)));
      }
    });
    stop = () => {
      running = false;
      void Promise.all(pollers);
    };
  }
  const countStart = dashboardRequests;
  await admin(sim, '/stats/reset', 'POST');
  const t0 = Date.now();
  await sleep(VIEWER_WINDOW_S * 1000);
  const stats = await admin<Stats>(sim, '/stats');
  const minutes = (Date.now() - t0) / 60_000;
  const seen = dashboardRequests - countStart;
  stop();
  await context?.close();
  return { perMinute: Math.round((stats.requests.total / minutes) * 10) / 10, byKey: stats.requests.byKey, dashboardRequests: Math.round(seen / minutes) };
}

interface ChurnResult {
  minutes: number;
  rssMb: { server: number[]; sim: number[] };
  apiRequestsPerMinute: number;
  watchDrops: number;
}

/** The world ticks (node Leases renew, events come and go), every watch is dropped each minute, 10 viewers poll. */
async function churn(sim: Sim, server: ChildProcess, minutes: number): Promise<ChurnResult> {
  await admin(sim, '/faults', 'PUT', { dropWatchesEverySec: 60 });
  await admin(sim, '/stats/reset', 'POST');
  let running = true;
  const pollers = Array.from({ length: 10 }, async (_, i) => {
    await sleep(i * 200);
    while (running) {
      await fetch(`${BASE}/api/overview`).then((r) => r.arrayBuffer()).catch(() => undefined);
      await sleep(2000);
    }
  });
  const rss = { server: [] as number[], sim: [] as number[] };
  const t0 = Date.now();
  while (Date.now() - t0 < minutes * 60_000) {
    await sleep(10_000);
    rss.server.push(rssMb(server.pid));
    rss.sim.push(rssMb(sim.child.pid));
  }
  running = false;
  await Promise.all(pollers);
  const stats = await admin<Stats>(sim, '/stats');
  const faults = await admin<{ injected: Record<string, number> }>(sim, '/faults');
  await admin(sim, '/faults/reset', 'POST');
  return {
    minutes,
    rssMb: rss,
    apiRequestsPerMinute: Math.round((stats.requests.total / ((Date.now() - t0) / 60_000)) * 10) / 10,
    watchDrops: faults.injected['dropped-watches'] ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------------

interface SizeResult {
  nodes: number;
  pods: number;
  simStartMs: number;
  syncedMs: number;
  rssAfterSyncMb: number;
  /** After the 50-connection load tests. */
  rssAfterLoadMb: number;
  /** After the viewer and page-view measurements, as churn starts. */
  rssBeforeChurnMb: number;
  simRssMb: number;
  overviewPayload: { bytes: number; gzip: number };
  componentPayload: { bytes: number; gzip: number; status: number };
  load: LoadResult[];
  floor?: Floor;
  apiPerMinute: Record<string, { perMinute: number; dashboardRequests: number; byKey: Record<string, number> }>;
  pageView: PageView;
  churn: ChurnResult;
  rssAfterChurnMb: number;
}

async function measureSize(nodes: number, browser: Browser, isLargest: boolean): Promise<SizeResult> {
  log(`— ${nodes} nodes: starting the demo cluster`);
  const sim = await startSimProcess(nodes);
  let server: ChildProcess | undefined;
  try {
    log(`demo cluster up in ${sim.startMs} ms at ${sim.url}; starting the dashboard`);
    const dashboard = await startDashboard(sim);
    server = dashboard.child;
    log(`synced in ${dashboard.syncedMs} ms`);
    await sleep(3_000);
    const rssAfterSync = rssMb(server.pid);
    const overview = JSON.parse(await (await fetch(`${BASE}/api/overview`)).text()) as { freshness: { watches: Record<string, { count: number }> } };
    const pods = overview.freshness.watches.pods.count;
    const overviewPayload = await payload('/api/overview');
    const componentPayload = await payload('/api/components/kube-proxy');

    log('floor: kubectl and a raw LIST (hyperfine)');
    const floorResult = floor(sim);
    log('load: /api/overview and /api/components/kube-proxy, 50 connections');
    const loads = [load('/api/overview'), load('/api/components/kube-proxy'), { ...load('/api/overview', LOAD_SECONDS, 1), path: '/api/overview (1 connection)' }];
    const rssAfterLoad = rssMb(server.pid);

    log('API server requests per minute with 0, 1, 10 (tabs) and 50 (simulated) viewers');
    const apiPerMinute: SizeResult['apiPerMinute'] = {};
    apiPerMinute['0 viewers'] = await apiLoad(sim, browser, 0, 'simulated');
    apiPerMinute['1 tab'] = await apiLoad(sim, browser, 1, 'tabs');
    apiPerMinute['10 tabs'] = await apiLoad(sim, browser, 10, 'tabs');
    apiPerMinute['50 simulated viewers'] = await apiLoad(sim, browser, 50, 'simulated');

    log('page views in Chromium (bytes, time to rendered overview)');
    const pageView = await pageViews(browser, QUICK ? 3 : 5);

    const churnMinutes = isLargest ? CHURN_MIN : Math.min(1, CHURN_MIN);
    log(`churn for ${churnMinutes} min`);
    const rssBeforeChurn = rssMb(server.pid);
    const churnResult = await churn(sim, server, churnMinutes);
    const rssAfterChurn = rssMb(server.pid);
    const simRss = rssMb(sim.child.pid);
    return {
      nodes,
      pods,
      simStartMs: sim.startMs,
      syncedMs: dashboard.syncedMs,
      rssAfterSyncMb: rssAfterSync,
      rssAfterLoadMb: rssAfterLoad,
      rssBeforeChurnMb: rssBeforeChurn,
      simRssMb: simRss,
      overviewPayload,
      componentPayload,
      load: loads,
      floor: floorResult,
      apiPerMinute,
      pageView,
      churn: churnResult,
      rssAfterChurnMb: rssAfterChurn,
    };
  } finally {
    await killGroup(server);
    await killGroup(sim.child);
  }
}

function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    cpu,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    /** Other work on the machine skews timings; the load average at the start says how much. */
    loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100),
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  };
}

function markdown(results: SizeResult[], js: Awaited<ReturnType<typeof firstLoadJs>> | undefined, info: ReturnType<typeof machine>): string {
  const lines: string[] = [];
  const row = (cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(`Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GB, Node ${info.node}, ${info.os}; ${info.date}; load average at start ${info.loadavg.join(' ')}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; \`${info.command}\``, '');
  row(['nodes', 'kube-system pods', 'synced (s)', 'RSS after sync (MB)', 'after load (MB)', 'churn start (MB)', 'churn (min)', 'RSS after churn (MB)', 'RSS max during churn (MB)', 'demo cluster RSS (MB)']);
  row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const r of results) {
    row([r.nodes, r.pods, (r.syncedMs / 1000).toFixed(1), r.rssAfterSyncMb, r.rssAfterLoadMb, r.rssBeforeChurnMb, r.churn.minutes, r.rssAfterChurnMb, Math.max(...r.churn.rssMb.server), r.simRssMb]);
  }
  lines.push('');
  row(['nodes', 'endpoint', 'p50 (ms)', 'p90 (ms)', 'p99 (ms)', 'req/s', 'body (bytes)', 'errors']);
  row(['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const r of results) for (const l of r.load) row([r.nodes, l.path, l.p50, l.p90, l.p99, l.rps, l.bytes, l.errors + l.non2xx]);
  lines.push('');
  row(['nodes', '`kubectl get pods -n kube-system` median (ms)', 'raw LIST with curl median (ms)', 'pod list (bytes)', '/api/overview (bytes, gzip)']);
  row(['---:', '---:', '---:', '---:', '---:']);
  for (const r of results) row([r.nodes, r.floor?.kubectlMs.median ?? 'n/a', r.floor?.curlListMs.median ?? 'n/a', r.floor?.podListBytes ?? 'n/a', `${r.overviewPayload.bytes} (${r.overviewPayload.gzip})`]);
  lines.push('');
  const keys = Object.keys(results[0]?.apiPerMinute ?? {});
  row(['nodes', ...keys.map((k) => `API req/min, ${k}`), 'during churn (watch drops each minute)']);
  row(['---:', ...keys.map(() => '---:'), '---:']);
  for (const r of results) row([r.nodes, ...keys.map((k) => `${r.apiPerMinute[k].perMinute} (dashboard: ${r.apiPerMinute[k].dashboardRequests}/min)`), r.churn.apiRequestsPerMinute]);
  lines.push('');
  row(['nodes', 'overview rendered, median (ms)', 'worst (ms)', 'bytes per page view (first visit)', 'requests']);
  row(['---:', '---:', '---:', '---:', '---:']);
  for (const r of results) row([r.nodes, median(r.pageView.renderMs), Math.max(...r.pageView.renderMs), r.pageView.totalBytes, r.pageView.requests]);
  if (js) {
    lines.push('');
    row(['route', 'JS files', 'first-load JS, gzip (kB)', 'raw (kB)']);
    row(['---', '---:', '---:', '---:']);
    for (const [route, v] of Object.entries(js)) row([route, v.files, v.gzipKb, v.rawKb]);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const info = machine();
  log(info);
  ensureBuild();
  const browser = await chromium.launch(CHROMIUM);
  const results: SizeResult[] = [];
  let js: Awaited<ReturnType<typeof firstLoadJs>> | undefined;
  let partial: PartialResult<LoadResult> | undefined;
  let podList: PodListResult<LoadResult> | undefined;
  let lean: LeanResult[] | undefined;
  let firstViews: FirstViewResult[] | undefined;
  const save = () => {
    fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    const name = `${info.date.slice(0, 10)}${QUICK ? '-quick' : ''}${PODS_ONLY ? '-pods' : ''}${LEAN_ONLY ? '-lean' : ''}${FIRST_VIEW_ONLY ? '-first-view' : ''}.raw.json`;
    fs.writeFileSync(path.join(ROOT, 'bench', 'results', name), JSON.stringify({ machine: info, results, firstLoadJs: js, partialApi: partial, podList, lean, firstViews }, null, 2));
  };
  try {
    const largest = Math.max(...NODES);
    const podListDeps = { base: BASE, nodes: largest, loadSeconds: LOAD_SECONDS, browser, startSim: startSimProcess, startDashboard, load, killGroup, log };
    const leanDeps = {
      root: ROOT,
      base: BASE,
      sizes: NODES,
      viewerWindowS: VIEWER_WINDOW_S,
      loadSeconds: LOAD_SECONDS,
      churnMinutes: (nodes: number) => (nodes === largest ? CHURN_MIN : Math.min(1, CHURN_MIN)),
      startSim: (nodes: number) => startSimProcess(nodes),
      startDashboard,
      killGroup,
      rssMb,
      log,
    };
    if (LEAN_ONLY) {
      lean = await measureLean(leanDeps);
      save();
      console.log(leanMarkdown(lean));
      return;
    }
    if (FIRST_VIEW_ONLY) {
      firstViews = await runFirstViews(browser);
      save();
      console.log(firstViewMarkdown(firstViews));
      return;
    }
    if (PODS_ONLY) {
      podList = await measurePodList(podListDeps);
      save();
      console.log(podListMarkdown(podList));
      return;
    }
    for (const nodes of PARTIAL_ONLY ? [] : NODES) {
      results.push(await measureSize(nodes, browser, nodes === largest));
      if (!js) {
        // The JavaScript a route loads does not depend on the cluster; measure it once, on a fresh server.
        const sim = await startSimProcess(NODES[0]);
        const dashboard = await startDashboard(sim).catch(async (error: unknown) => {
          await killGroup(sim.child);
          throw error;
        });
        try {
          js = await firstLoadJs(browser);
        } finally {
          await killGroup(dashboard.child);
          await killGroup(sim.child);
        }
      }
      save();
    }
    if (!PARTIAL_ONLY) {
      podList = await measurePodList(podListDeps);
      save();
      lean = await measureLean(leanDeps);
      save();
      firstViews = await runFirstViews(browser);
      save();
    }
    partial = await measurePartialApi({
      base: BASE,
      nodes: Math.min(...NODES),
      loadSeconds: LOAD_SECONDS,
      startSim: startSimProcess,
      startDashboard,
      load,
      killGroup,
      log,
    });
    save();
  } finally {
    await browser.close();
  }
  if (results.length) console.log(markdown(results, js, info));
  if (podList) console.log(`\n${podListMarkdown(podList)}`);
  if (lean) console.log(`\n${leanMarkdown(lean)}`);
  if (firstViews) console.log(`\n${firstViewMarkdown(firstViews)}`);
  console.log(`\n${partialMarkdown(partial)}`);
}

/** The first-view part (bench/first-view.ts) at every size, with its own demo clusters and dashboards. */
async function runFirstViews(browser: Browser): Promise<FirstViewResult[]> {
  return measureFirstViews({ base: BASE, sizes: NODES, browser, startSim: startSimProcess, startDashboard, killGroup, log, runs: QUICK ? 3 : 5 });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
