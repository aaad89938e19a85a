/**
 * The partial-API scenario of `npm run bench`: the demo cluster serves only pods, nodes and events (as a
 * trimmed or older API server does), and the dashboard is timed from start to ready and per route, cold and
 * under load, so a route that waits for a kind that never comes (the 5 s first-sync timeout) shows.
 */
import type { ChildProcess } from 'node:child_process';
import type { SimLike, LoadLike } from './parts';

export const PARTIAL_SERVE_ONLY = 'pods,nodes,events';

/** The JSON routes the pages call; each must answer without waiting for a kind that is not served. */
export const PARTIAL_ROUTES = [
  '/api/overview',
  '/api/components/coredns',
  '/api/nodes',
  '/api/events',
  '/api/health',
  '/api/findings',
  '/api/inventory',
  '/api/search?q=dns',
  '/api/usage/top/pods',
];

/** What the scenario needs from the harness in bench/run.ts. */
export interface PartialDeps<S extends SimLike, L extends LoadLike> {
  base: string;
  nodes: number;
  loadSeconds: number;
  startSim(nodes: number, extraArgs: string[]): Promise<S>;
  startDashboard(sim: S): Promise<{ child: ChildProcess; syncedMs: number }>;
  load(pathname: string, seconds: number, connections: number): L;
  killGroup(child: ChildProcess | undefined): Promise<void>;
  log(...args: unknown[]): void;
}

export interface PartialResult<L extends LoadLike> {
  nodes: number;
  serveOnly: string;
  syncedMs: number;
  /** Kinds the dashboard lists as unavailable once ready. */
  unavailable: string[];
  /** The first request to each route after readiness: status and milliseconds. */
  firstRequest: { path: string; status: number; ms: number }[];
  load: L[];
}

/** Runs the scenario: start, time each route once, then load the overview and health routes. */
export async function measurePartialApi<S extends SimLike, L extends LoadLike>(deps: PartialDeps<S, L>): Promise<PartialResult<L>> {
  deps.log(`— partial API: ${deps.nodes} nodes, --serve-only ${PARTIAL_SERVE_ONLY}`);
  const sim = await deps.startSim(deps.nodes, ['--serve-only', PARTIAL_SERVE_ONLY]);
  let server: ChildProcess | undefined;
  try {
    const dashboard = await deps.startDashboard(sim);
    server = dashboard.child;
    deps.log(`ready in ${dashboard.syncedMs} ms with kinds missing`);
    const ready = (await (await fetch(`${deps.base}/api/readyz`)).json()) as { freshness: { unavailable?: { kind: string }[] } };
    const firstRequest: PartialResult<L>['firstRequest'] = [];
    for (const path of PARTIAL_ROUTES) {
      const t0 = performance.now();
      const response = await fetch(`${deps.base}${path}`);
      await response.arrayBuffer();
      firstRequest.push({ path, status: response.status, ms: Math.round(performance.now() - t0) });
    }
    deps.log('load: /api/overview and /api/health, 50 connections');
    const load = ['/api/overview', '/api/health', '/api/findings'].map((path) => deps.load(path, deps.loadSeconds, 50));
    return {
      nodes: deps.nodes,
      serveOnly: PARTIAL_SERVE_ONLY,
      syncedMs: dashboard.syncedMs,
      unavailable: (ready.freshness.unavailable ?? []).map((u) => u.kind),
      firstRequest,
      load,
    };
  } finally {
    await deps.killGroup(server);
    await deps.killGroup(sim.child);
  }
}

/** The scenario's Markdown tables. */
export function partialMarkdown<L extends LoadLike>(r: PartialResult<L>): string {
  const lines = [
    `Partial API (${r.nodes} nodes, \`--serve-only ${r.serveOnly}\`): ready in ${(r.syncedMs / 1000).toFixed(1)} s with ${r.unavailable.length} kinds unavailable (${r.unavailable.join(', ')}).`,
    '',
    '| route | status | first request (ms) |',
    '| --- | ---: | ---: |',
    ...r.firstRequest.map((f) => `| ${f.path} | ${f.status} | ${f.ms} |`),
    '',
    '| endpoint (kinds missing) | p50 (ms) | p99 (ms) | req/s | errors |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...r.load.map((l) => `| ${l.path} | ${l.p50} | ${l.p99} | ${l.rps} | ${l.errors + l.non2xx} |`),
  ];
  return lines.join('\n');
}
