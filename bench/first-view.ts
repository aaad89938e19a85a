/**
 * The first-view part of `npm run bench` (`--first-view-only` runs just this), per cluster size: in
 * Chromium, cold loads (a fresh browser context each: no cache, no cookies) timed from navigation start:
 * the overview's cards visible (in the DOM; median of 5), a component page's pod table visible (median of
 * 5), each with the page's first contentful paint beside it (the DOM can hold them before the screen
 * shows them), and every
 * page's settle time (the last response before the network is quiet for 500 ms, waited for only once the
 * page has hydrated and its main thread is idle) with its bytes over the wire and the largest response; the
 * component page's JavaScript (gzip) on a first visit; and the share of an open tab's polls answered 304.
 * The numbers go to BENCHMARKS.md; nothing is asserted.
 */
import type { ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import type { SimLike } from './parts';

export interface FirstViewDeps<S extends SimLike> {
  base: string;
  sizes: number[];
  browser: Browser;
  startSim(nodes: number, extraArgs: string[]): Promise<S>;
  startDashboard(sim: S): Promise<{ child: ChildProcess; syncedMs: number }>;
  killGroup(child: ChildProcess | undefined): Promise<void>;
  log(...args: unknown[]): void;
  /** Cold loads per timing (5 unless a quick run). */
  runs: number;
}

export interface SettleResult {
  route: string;
  /** Median over the runs of the time from navigation start to the last response before the quiet. */
  settleMs: number;
  worstMs: number;
  requests: number;
  /** Bytes over the wire (encoded) of one cold view, and its largest response. */
  bytes: number;
  largest: { url: string; bytes: number };
}

export interface FirstViewResult {
  nodes: number;
  syncedMs: number;
  overviewCardsMs: number[];
  componentPodTableMs: number[];
  /** First contentful paint of the same loads. */
  overviewPaintMs: number[];
  componentPaintMs: number[];
  /** The first HTML holds the overview's cards (server-rendered), not a skeleton. */
  cardsInHtml: boolean;
  componentJs: { files: number; gzipKb: number };
  settle: SettleResult[];
  /** An open overview and component tab for 30 s: polls answered 304 / all polls, per endpoint. */
  polls: Record<string, { total: number; notModified: number }>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const QUIET_MS = 500;

/** performance.now() at the first moment `selector` matches, kept on window[name]. */
const markWhen = (name: string, selector: string) => `
  (() => {
    const check = () => {
      if (window['${name}']) return true;
      if (document.querySelector(${JSON.stringify(selector)})) { window['${name}'] = performance.now(); return true; }
      return false;
    };
    if (check()) return;
    new MutationObserver((_, observer) => { if (check()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true });
  })();
`;

const CARD = 'section[id^="group-"] a[aria-label]';
const POD_ROW = '#pods table tbody tr';

/** One cold load: when `selector` first matched in the DOM, and the page's first contentful paint. */
async function timeToSelector(browser: Browser, url: string, selector: string): Promise<{ seen: number; paint: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript(markWhen('__seen', selector));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __seen?: number }).__seen, undefined, { timeout: 60_000, polling: 20 });
    const paint = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, { timeout: 60_000, polling: 20 });
    return { seen: Math.round(await page.evaluate(() => (window as unknown as { __seen: number }).__seen)), paint: Math.round(Number(await paint.jsonValue())) };
  } finally {
    await context.close();
  }
}

/** One cold view: navigation start to the last response finished before QUIET_MS without a request in flight. */
async function settleOnce(browser: Browser, url: string): Promise<{ ms: number; requests: number; bytes: number; largest: { url: string; bytes: number } }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    const inFlight = new Set<string>();
    let start = 0;
    let lastDone = 0;
    let lastActivity = Date.now();
    let bytes = 0;
    let requests = 0;
    let largest = { url: '', bytes: 0 };
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string }; timestamp: number }) => {
      if (!start) start = e.timestamp;
      inFlight.add(e.requestId);
      urls.set(e.requestId, e.request.url);
      lastActivity = Date.now();
    });
    const done = (e: { requestId: string; timestamp: number; encodedDataLength?: number }) => {
      if (!inFlight.delete(e.requestId)) return;
      requests++;
      lastDone = Math.max(lastDone, e.timestamp);
      lastActivity = Date.now();
      const size = e.encodedDataLength ?? 0;
      bytes += size;
      if (size > largest.bytes) largest = { url: (urls.get(e.requestId) ?? '').replace(/^https?:\/\/[^/]+/, ''), bytes: size };
    };
    cdp.on('Network.loadingFinished', done);
    cdp.on('Network.loadingFailed', done);
    await page.goto(url);
    // Hydration first: its effects ask for lazy chunks and data, so on a slow machine a quiet spell can
    // come before them. An idle callback runs only once the main thread has nothing left to do.
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
    // Quiet: nothing in flight and nothing started or finished for QUIET_MS (SWR polls every 2 s or slower).
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { ms: Math.round((lastDone - start) * 1000), requests, bytes, largest };
  } finally {
    await context.close();
  }
}

export async function measureSettle(browser: Browser, base: string, route: string, runs: number): Promise<SettleResult> {
  const views = [];
  for (let i = 0; i < runs; i++) views.push(await settleOnce(browser, `${base}${route}`));
  const first = views[0];
  return { route, settleMs: median(views.map((v) => v.ms)), worstMs: Math.max(...views.map((v) => v.ms)), requests: first.requests, bytes: first.bytes, largest: first.largest };
}

async function componentJs(browser: Browser, base: string): Promise<{ files: number; gzipKb: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const scripts: Promise<Buffer | undefined>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => undefined));
    });
    await page.goto(`${base}/components/kube-proxy`);
    await page.waitForLoadState('networkidle').catch(() => {});
    const bodies = (await Promise.all(scripts)).filter((b): b is Buffer => Boolean(b));
    return { files: bodies.length, gzipKb: Math.round(bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 102.4) / 10 };
  } finally {
    await context.close();
  }
}

/** Two open tabs (the overview and a component page) for `seconds`: how many of their polls were 304. */
async function pollShare(browser: Browser, base: string, seconds: number): Promise<FirstViewResult['polls']> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const polls: FirstViewResult['polls'] = {};
  try {
    const pages = [await context.newPage(), await context.newPage()];
    for (const page of pages) {
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (!path.startsWith('/api/')) return;
        const entry = (polls[path] ??= { total: 0, notModified: 0 });
        entry.total++;
        if (response.status() === 304) entry.notModified++;
      });
    }
    await pages[0].goto(`${base}/`);
    await pages[1].goto(`${base}/components/coredns`);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    return polls;
  } finally {
    await context.close();
  }
}

async function measureAt<S extends SimLike>(deps: FirstViewDeps<S>, nodes: number): Promise<FirstViewResult> {
  deps.log(`— first views: ${nodes} nodes`);
  const sim = await deps.startSim(nodes, []);
  let server: ChildProcess | undefined;
  try {
    const dashboard = await deps.startDashboard(sim);
    server = dashboard.child;
    const { base, browser, runs } = deps;
    const proxy = (await (await fetch(`${base}/api/components/kube-proxy`)).json()) as { pods: { items: { name: string; node: string }[] } };
    const pod = proxy.pods.items[0];
    // Warm the server once (the first render compiles nothing in production, but fills the memos).
    for (const route of ['/', '/components/kube-proxy']) await fetch(`${base}${route}`).then((r) => r.arrayBuffer());
    const html = await (await fetch(`${base}/`)).text();
    const cardsInHtml = /id="group-control-plane"/.test(html) && /aria-label="[^"]+: (Healthy|Degraded|Down|Unknown)/i.test(html);
    deps.log('overview cards and the component pod table, cold loads');
    const overview: { seen: number; paint: number }[] = [];
    const component: { seen: number; paint: number }[] = [];
    for (let i = 0; i < runs; i++) overview.push(await timeToSelector(browser, `${base}/`, CARD));
    for (let i = 0; i < runs; i++) component.push(await timeToSelector(browser, `${base}/components/kube-proxy`, POD_ROW));
    const overviewCardsMs = overview.map((v) => v.seen);
    const componentPodTableMs = component.map((v) => v.seen);
    const overviewPaintMs = overview.map((v) => v.paint);
    const componentPaintMs = component.map((v) => v.paint);
    deps.log('settle per page');
    const routes = ['/', '/groups/node', '/components/kube-proxy', '/nodes', '/events', '/troubleshoot', '/usage', `/nodes/${pod.node}`, '/pods', `/pods/${pod.name}`];
    const settle: SettleResult[] = [];
    for (const route of routes) settle.push(await measureSettle(browser, base, route, runs));
    const js = await componentJs(browser, base);
    deps.log('polls answered 304 over 30 s');
    const polls = await pollShare(browser, base, 30);
    return { nodes, syncedMs: dashboard.syncedMs, overviewCardsMs, componentPodTableMs, overviewPaintMs, componentPaintMs, cardsInHtml, componentJs: js, settle, polls };
  } finally {
    await deps.killGroup(server);
    await deps.killGroup(sim.child);
  }
}

export async function measureFirstViews<S extends SimLike>(deps: FirstViewDeps<S>): Promise<FirstViewResult[]> {
  const out: FirstViewResult[] = [];
  for (const nodes of deps.sizes) out.push(await measureAt(deps, nodes));
  return out;
}

export function firstViewMarkdown(results: FirstViewResult[]): string {
  const lines: string[] = [];
  const row = (cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
  row(['nodes', 'overview cards visible, median (ms)', 'worst (ms)', 'its first paint, median (ms)', 'cards in the first HTML', 'component pod table, median (ms)', 'worst (ms)', 'its first paint, median (ms)', 'component page JS gzip (kB)']);
  row(['---:', '---:', '---:', '---:', '---', '---:', '---:', '---:', '---:']);
  for (const r of results) {
    row([r.nodes, median(r.overviewCardsMs), Math.max(...r.overviewCardsMs), median(r.overviewPaintMs), r.cardsInHtml ? 'yes' : 'no', median(r.componentPodTableMs), Math.max(...r.componentPodTableMs), median(r.componentPaintMs), r.componentJs.gzipKb]);
  }
  lines.push('');
  row(['nodes', 'page', 'settled, median (ms)', 'worst (ms)', 'requests', 'bytes (wire)', 'largest response']);
  row(['---:', '---', '---:', '---:', '---:', '---:', '---']);
  for (const r of results) for (const s of r.settle) row([r.nodes, s.route.replace(/^\/(nodes|pods)\/.+/, '/$1/<name>'), s.settleMs, s.worstMs, s.requests, s.bytes, `${s.largest.url} (${s.largest.bytes})`]);
  lines.push('');
  row(['nodes', 'endpoint', 'polls in 30 s', 'answered 304']);
  row(['---:', '---', '---:', '---:']);
  for (const r of results) for (const [path, p] of Object.entries(r.polls)) row([r.nodes, path, p.total, p.notModified]);
  return lines.join('\n');
}
