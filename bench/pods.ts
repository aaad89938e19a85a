/**
 * The pod list part of `npm run bench` (`--pods-only` runs just this): at one cluster size (5,000 nodes,
 * 10,000+ pods), `GET /api/pods` per query (first window, sorted by CPU, a window in the middle, filtered by
 * status, text and node: time and bytes), the default window under 50 connections, and `/pods` in Chromium:
 * time to the first rows, then a scroll from the first row to the last, frame by frame, counting the rows
 * still loading when the scroll stops.
 */
import type { ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { SimLike, LoadLike } from './parts';

export interface PodListDeps<S extends SimLike, L extends LoadLike> {
  base: string;
  nodes: number;
  loadSeconds: number;
  browser: Browser;
  startSim(nodes: number, extraArgs: string[]): Promise<S>;
  startDashboard(sim: S): Promise<{ child: ChildProcess; syncedMs: number }>;
  load(pathname: string, seconds: number, connections: number): L;
  killGroup(child: ChildProcess | undefined): Promise<void>;
  log(...args: unknown[]): void;
}

export interface QueryResult {
  path: string;
  status: number;
  firstMs: number;
  medianMs: number;
  matched: number;
  rows: number;
  bytes: number;
  gzip: number;
}

export interface ScrollResult {
  rows: number;
  firstRowsMs: number;
  scrollMs: number;
  frames: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
  /** Frames longer than 50 ms (a visible stutter). */
  longFrames: number;
  /** Rows on screen still loading 1 s after the scroll reached the bottom. */
  loadingAfter: number;
  /** `GET /api/pods` requests the scroll made. */
  requests: number;
  /** Row elements in the DOM at the bottom (virtualised: a screenful plus overscan, not 10,000). */
  domRows: number;
}

export interface PodListResult<L extends LoadLike> {
  nodes: number;
  pods: number;
  syncedMs: number;
  queries: QueryResult[];
  load: L;
  scroll: ScrollResult;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

async function timeQuery(base: string, path: string): Promise<QueryResult> {
  const once = async () => {
    const t0 = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
    const body = Buffer.from(await response.arrayBuffer());
    return { ms: performance.now() - t0, status: response.status, body };
  };
  const first = await once();
  const repeats: number[] = [];
  for (let i = 0; i < 5; i++) repeats.push((await once()).ms);
  const json = JSON.parse(first.body.toString('utf8')) as { matched?: number; rows?: unknown[] };
  return {
    path,
    status: first.status,
    firstMs: Math.round(first.ms),
    medianMs: Math.round(percentile(repeats, 50) * 10) / 10,
    matched: json.matched ?? 0,
    rows: json.rows?.length ?? 0,
    bytes: first.body.length,
    gzip: gzipSync(first.body).length,
  };
}

/** Scrolls the pod table to its end in steps of ~3 screens a frame, recording each frame's length. */
async function scrollPods(browser: Browser, base: string): Promise<ScrollResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  let requests = 0;
  page.on('request', (r) => { if (r.url().includes('/api/pods?')) requests++; });
  const t0 = Date.now();
  await page.goto(`${base}/pods`);
  const table = page.getByRole('table', { name: /^Pods \(/ });
  await table.getByRole('row').nth(1).getByRole('link').first().waitFor({ timeout: 60_000 });
  const firstRowsMs = Date.now() - t0;
  const rows = Number((await table.getAttribute('aria-rowcount')) ?? '1') - 1;
  requests = 0;
  const frames = await table.evaluate(async (el) => {
    const deltas: number[] = [];
    const step = el.clientHeight * 3;
    let last = performance.now();
    const start = last;
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += step;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    return { deltas, totalMs: performance.now() - start };
  });
  await sleep(1_000);
  const loadingAfter = await table.locator('[role="row"][aria-busy="true"]').count();
  const domRows = await table.locator('[role="row"]').count();
  await context.close();
  return {
    rows,
    firstRowsMs,
    scrollMs: Math.round(frames.totalMs),
    frames: frames.deltas.length,
    frameP50Ms: Math.round(percentile(frames.deltas, 50) * 10) / 10,
    frameP95Ms: Math.round(percentile(frames.deltas, 95) * 10) / 10,
    frameMaxMs: Math.round(Math.max(...frames.deltas) * 10) / 10,
    longFrames: frames.deltas.filter((d) => d > 50).length,
    loadingAfter,
    requests,
    domRows,
  };
}

export async function measurePodList<S extends SimLike, L extends LoadLike>(deps: PodListDeps<S, L>): Promise<PodListResult<L>> {
  deps.log(`— pod list: ${deps.nodes} nodes`);
  const sim = await deps.startSim(deps.nodes, []);
  let server: ChildProcess | undefined;
  try {
    const dashboard = await deps.startDashboard(sim);
    server = dashboard.child;
    const first = (await (await fetch(`${deps.base}/api/pods?limit=1`)).json()) as { summary: { total: number; problems: number } };
    const middle = Math.floor(first.summary.total / 2);
    const queries: QueryResult[] = [];
    for (const path of [
      '/api/pods?limit=300',
      '/api/pods?sort=cpu&limit=300',
      `/api/pods?sort=name&order=desc&offset=${middle}&limit=300`,
      '/api/pods?status=notready&limit=300',
      '/api/pods?q=kube-proxy-&limit=300',
      `/api/pods?node=worker-${Math.floor(deps.nodes / 2)}&limit=300`,
      '/api/pods?limit=5000',
    ]) {
      queries.push(await timeQuery(deps.base, path));
    }
    deps.log('load: /api/pods?limit=300, 50 connections');
    const load = deps.load('/api/pods?limit=300', deps.loadSeconds, 50);
    deps.log('Chromium: /pods, first rows, then a scroll to the end');
    const scroll = await scrollPods(deps.browser, deps.base);
    return { nodes: deps.nodes, pods: first.summary.total, syncedMs: dashboard.syncedMs, queries, load, scroll };
  } finally {
    await deps.killGroup(server);
    await deps.killGroup(sim.child);
  }
}

export function podListMarkdown<L extends LoadLike>(result: PodListResult<L> | undefined): string {
  if (!result) return '';
  const lines = [`### Pod list at ${result.nodes.toLocaleString('en-US')} nodes (${result.pods.toLocaleString('en-US')} kube-system pods)`, ''];
  lines.push('| query | status | first (ms) | median of 5 (ms) | matched | rows | body (bytes) | gzip (bytes) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const q of result.queries) lines.push(`| \`${q.path}\` | ${q.status} | ${q.firstMs} | ${q.medianMs} | ${q.matched} | ${q.rows} | ${q.bytes} | ${q.gzip} |`);
  const l = result.load;
  lines.push('', `Under 50 connections, \`${l.path}\`: p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.rps} req/s, ${l.errors} errors, ${l.non2xx} non-2xx.`);
  const s = result.scroll;
  lines.push(
    '',
    `In Chromium (1440×900): first rows after ${s.firstRowsMs} ms; a scroll over all ${s.rows.toLocaleString('en-US')} rows in ${s.frames} frames (${s.scrollMs} ms):`
      + ` frame p50 ${s.frameP50Ms} ms, p95 ${s.frameP95Ms} ms, max ${s.frameMaxMs} ms, ${s.longFrames} frames over 50 ms;`
      + ` ${s.requests} window requests; ${s.domRows} row elements in the DOM; ${s.loadingAfter} rows still loading 1 s after the scroll stopped.`,
  );
  return lines.join('\n');
}
