/**
 * The lean-and-shared part of `npm run bench` (issue 13, server side): per size, the dashboard run as
 * deploy/ runs it (NODE_OPTIONS from deploy/deployment.yaml), its RSS after sync, the most RSS sampled
 * during the 50-connection load and during churn, the heap bytes per cached pod (the demo cluster's pods
 * parsed as they arrive, before and after the receive-time transform), the API server's requests per
 * minute with 0, 1, 10 and 50 viewers (watch renewals apart), and 200 viewers following one pod's log
 * against the demo cluster's count of open log follows. `--lean-only` runs just this.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import v8 from 'node:v8';
import { parse as parseYaml } from 'yaml';
import { slimPod, withoutKeys } from '../lib/kube/transforms';
import type { Pod } from '../lib/model/k8s';

interface SimLike {
  child: ChildProcess;
  adminUrl: string;
  kubeconfig: string;
}

export interface LeanDeps<S extends SimLike> {
  root: string;
  base: string;
  sizes: number[];
  /** Seconds per viewer count in the API-load window. */
  viewerWindowS: number;
  loadSeconds: number;
  churnMinutes: (nodes: number) => number;
  startSim(nodes: number): Promise<S>;
  startDashboard(sim: S, env: Record<string, string>): Promise<{ child: ChildProcess; syncedMs: number }>;
  killGroup(child: ChildProcess | undefined): Promise<void>;
  rssMb(pid: number | undefined): number;
  log(...args: unknown[]): void;
}

export interface ApiRate {
  viewers: number;
  /** Every request the demo cluster saw, per minute. */
  total: number;
  /** WATCH requests (renewals of the long-lived watches, and re-opens after drops), per minute. */
  watches: number;
  /** Everything else (health polls, discovery, metrics.k8s.io samples, LISTs), per minute. */
  requests: number;
  byKey: Record<string, number>;
}

export interface LeanResult {
  nodes: number;
  pods: number;
  syncedMs: number;
  heapLimit: string;
  rssAfterSyncMb: number;
  loadMaxRssMb: number;
  churnMinutes: number;
  churnMaxRssMb: number;
  /** Per minute of churn: the most RSS sampled, and the V8 heap in use / total at the minute's end (from /api/metrics). */
  churnByMinute: { rssMb: number; heapUsedMb: number; heapTotalMb: number }[];
  rssAfterChurnMb: number;
  bytesPerPod: { raw: number; cached: number };
  api: ApiRate[];
  logFollow?: { viewers: number; upstreamFollows: number; afterLeaveFollows: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The NODE_OPTIONS deploy/deployment.yaml gives the container, so the bench measures the heap as deployed. */
export function deployedNodeOptions(root: string): string {
  const deployment = parseYaml(fs.readFileSync(path.join(root, 'deploy', 'deployment.yaml'), 'utf8')) as {
    spec: { template: { spec: { containers: { env?: { name: string; value?: string }[] }[] } } };
  };
  return deployment.spec.template.spec.containers[0]?.env?.find((e) => e.name === 'NODE_OPTIONS')?.value ?? '';
}

/** The garbage collector, exposed at run time (the bench runs under tsx without --expose-gc). */
function gcFunction(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** Heap bytes per pod of the demo cluster's kube-system pods as parsed (without managedFields) and as cached. */
function bytesPerPod(sim: SimLike): { raw: number; cached: number; pods: number } {
  const json = execFileSync('kubectl', ['--kubeconfig', sim.kubeconfig, 'get', 'pods', '-n', 'kube-system', '-o', 'json'], { maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
  const gc = gcFunction();
  const measure = (build: () => unknown[]) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = build();
    gc();
    const after = process.memoryUsage().heapUsed;
    return { bytes: Math.round((after - before) / kept.length), kept };
  };
  // Without managedFields as the informer drops them (rebuilding the metadata, not `delete`: see withoutKeys).
  const parse = () => (JSON.parse(json) as { items: Pod[] }).items.map((pod) => {
    if (pod.metadata) pod.metadata = withoutKeys(pod.metadata, ['managedFields']);
    return pod;
  });
  const raw = measure(parse);
  const cached = measure(() => parse().map(slimPod));
  return { raw: raw.bytes, cached: cached.bytes, pods: raw.kept.length };
}

/** autocannon in its own process for `seconds`, while the dashboard's RSS is sampled every 250 ms; the most seen. */
async function loadMaxRss<S extends SimLike>(deps: LeanDeps<S>, server: ChildProcess, pathname: string): Promise<number> {
  const cli = path.join(deps.root, 'node_modules', 'autocannon', 'autocannon.js');
  const child = spawn(process.execPath, [cli, '-c', '50', '-d', String(deps.loadSeconds), '-j', `${deps.base}${pathname}`], { stdio: 'ignore' });
  let max = deps.rssMb(server.pid);
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let running = true;
  void done.then(() => (running = false));
  while (running) {
    max = Math.max(max, deps.rssMb(server.pid));
    await sleep(250);
  }
  return max;
}

/** SWR-like viewers: each polls the overview every 2 s, as an open tab does. */
function pollers(base: string, viewers: number): () => Promise<void> {
  let running = true;
  const loops = Array.from({ length: viewers }, async (_, i) => {
    await sleep((i * 2000) / Math.max(1, viewers));
    while (running) {
      const started = Date.now();
      await fetch(`${base}/api/overview`).then((r) => r.arrayBuffer()).catch(() => undefined);
      await sleep(Math.max(0, 2000 - (Date.now() - started)));
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
  };
}

async function adminJson<T>(sim: SimLike, p: string, method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(`${sim.adminUrl}${p}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as T;
}

async function apiRate<S extends SimLike>(deps: LeanDeps<S>, sim: S, viewers: number): Promise<ApiRate> {
  const stop = pollers(deps.base, viewers);
  await sleep(3_000);
  await adminJson(sim, '/stats/reset', 'POST');
  const t0 = Date.now();
  await sleep(deps.viewerWindowS * 1000);
  const stats = await adminJson<{ requests: { total: number; byKey: Record<string, number> } }>(sim, '/stats');
  const minutes = (Date.now() - t0) / 60_000;
  await stop();
  const watches = Object.entries(stats.requests.byKey).filter(([k]) => k.startsWith('WATCH ')).reduce((n, [, v]) => n + v, 0);
  const round = (n: number) => Math.round((n / minutes) * 10) / 10;
  return { viewers, total: round(stats.requests.total), watches: round(watches), requests: round(stats.requests.total - watches), byKey: stats.requests.byKey };
}

/** 200 viewers follow one coredns pod's log; the demo cluster counts its open log follows. */
async function logFollow<S extends SimLike>(deps: LeanDeps<S>, sim: S): Promise<LeanResult['logFollow']> {
  const names = execFileSync('kubectl', ['--kubeconfig', sim.kubeconfig, 'get', 'pods', '-n', 'kube-system', '-l', 'k8s-app=kube-dns', '-o', 'name'], { encoding: 'utf8' });
  const pod = names.split('\n').map((n) => n.replace(/^pod\//, '')).find((n) => n.startsWith('coredns-'));
  if (!pod) return undefined;
  const viewers = 200;
  const aborts = Array.from({ length: viewers }, () => new AbortController());
  const open = aborts.map(async (abort) => {
    const response = await fetch(`${deps.base}/api/pods/${pod}/logs?follow=true&tailLines=10`, { signal: abort.signal });
    const reader = response.body?.getReader();
    while (reader) await reader.read();
  });
  await sleep(5_000);
  const during = await adminJson<{ logFollows: { open: number } }>(sim, '/stats');
  for (const abort of aborts) abort.abort();
  await Promise.allSettled(open);
  await sleep(6_000);
  const after = await adminJson<{ logFollows: { open: number } }>(sim, '/stats');
  return { viewers, upstreamFollows: during.logFollows.open, afterLeaveFollows: after.logFollows.open };
}

/** The dashboard's V8 heap in use and reserved, as its /api/metrics reports process.memoryUsage() (MB). */
async function heapMb(base: string): Promise<{ heapUsedMb: number; heapTotalMb: number }> {
  const text = await (await fetch(`${base}/api/metrics`)).text();
  const value = (name: string) => Math.round(Number(new RegExp(`^kubesys_${name}\\s+(\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20);
  return { heapUsedMb: value('nodejs_heap_size_used_bytes'), heapTotalMb: value('nodejs_heap_size_total_bytes') };
}

/**
 * Churn: every watch dropped each minute, 10 viewers polling; the dashboard's RSS sampled every 5 s, and per
 * minute its most RSS and its heap, so a plateau tells apart from a leak.
 */
async function churnRss<S extends SimLike>(deps: LeanDeps<S>, sim: S, server: ChildProcess, minutes: number): Promise<{ max: number; byMinute: LeanResult['churnByMinute'] }> {
  await adminJson(sim, '/faults', 'PUT', { dropWatchesEverySec: 60 });
  const stop = pollers(deps.base, 10);
  const byMinute: LeanResult['churnByMinute'] = [];
  const t0 = Date.now();
  for (let minute = 1; minute <= minutes; minute++) {
    let rssMb = 0;
    while (Date.now() - t0 < minute * 60_000) {
      rssMb = Math.max(rssMb, deps.rssMb(server.pid));
      await sleep(5_000);
    }
    byMinute.push({ rssMb, ...(await heapMb(deps.base)) });
    deps.log(`churn minute ${minute}: RSS ≤ ${rssMb} MB, heap ${byMinute.at(-1)!.heapUsedMb} / ${byMinute.at(-1)!.heapTotalMb} MB`);
  }
  await stop();
  await adminJson(sim, '/faults/reset', 'POST');
  return { max: Math.max(...byMinute.map((m) => m.rssMb)), byMinute };
}

export async function measureLean<S extends SimLike>(deps: LeanDeps<S>): Promise<LeanResult[]> {
  const heapLimit = deployedNodeOptions(deps.root);
  // The stream caps are raised so that 200 followers from one address (this harness) are let in.
  const env = { NODE_OPTIONS: heapLimit, STREAM_MAX_PER_CLIENT: '250', STREAM_MAX_TOTAL: '250' };
  const results: LeanResult[] = [];
  for (const nodes of deps.sizes) {
    deps.log(`— lean, ${nodes} nodes: the demo cluster, then the dashboard with ${heapLimit}`);
    const sim = await deps.startSim(nodes);
    let server: ChildProcess | undefined;
    try {
      const dashboard = await deps.startDashboard(sim, env);
      server = dashboard.child;
      await sleep(5_000);
      const rssAfterSyncMb = deps.rssMb(server.pid);
      deps.log(`synced in ${dashboard.syncedMs} ms, RSS ${rssAfterSyncMb} MB; bytes per pod`);
      const perPod = bytesPerPod(sim);
      deps.log('50 connections on /api/overview and /api/components/kube-proxy, RSS sampled');
      const loadMaxRssMb = Math.max(await loadMaxRss(deps, server, '/api/overview'), await loadMaxRss(deps, server, '/api/components/kube-proxy'));
      deps.log('API server requests per minute with 0, 1, 10, 50 viewers');
      const api: ApiRate[] = [];
      for (const viewers of [0, 1, 10, 50]) api.push(await apiRate(deps, sim, viewers));
      deps.log('200 viewers of one log');
      const follow = await logFollow(deps, sim);
      const churnMinutes = deps.churnMinutes(nodes);
      deps.log(`churn for ${churnMinutes} min`);
      const churn = await churnRss(deps, sim, server, churnMinutes);
      results.push({
        nodes,
        pods: perPod.pods,
        syncedMs: dashboard.syncedMs,
        heapLimit,
        rssAfterSyncMb,
        loadMaxRssMb,
        churnMinutes,
        churnMaxRssMb: churn.max,
        churnByMinute: churn.byMinute,
        rssAfterChurnMb: deps.rssMb(server.pid),
        bytesPerPod: { raw: perPod.raw, cached: perPod.cached },
        api,
        logFollow: follow,
      });
    } finally {
      await deps.killGroup(server);
      await deps.killGroup(sim.child);
    }
  }
  return results;
}

export function leanMarkdown(results: readonly LeanResult[]): string {
  const lines: string[] = [];
  const row = (cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
  row(['nodes', 'kube-system pods', 'synced (s)', 'RSS after sync (MB)', 'max RSS, 50-connection load (MB)', 'churn (min)', 'max RSS, churn (MB)', 'heap per pod as parsed / as cached (bytes)']);
  row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const r of results) row([r.nodes, r.pods, (r.syncedMs / 1000).toFixed(1), r.rssAfterSyncMb, r.loadMaxRssMb, r.churnMinutes, r.churnMaxRssMb, `${r.bytesPerPod.raw} / ${r.bytesPerPod.cached}`]);
  lines.push('');
  row(['nodes', ...[0, 1, 10, 50].map((v) => `req/min, ${v} viewers: total (requests + watch renewals)`)]);
  row(['---:', '---:', '---:', '---:', '---:']);
  for (const r of results) row([r.nodes, ...r.api.map((a) => `${a.total} (${a.requests} + ${a.watches})`)]);
  lines.push('');
  row(['nodes', 'log viewers', 'upstream follows at the demo cluster', '6 s after they left']);
  row(['---:', '---:', '---:', '---:']);
  for (const r of results) if (r.logFollow) row([r.nodes, r.logFollow.viewers, r.logFollow.upstreamFollows, r.logFollow.afterLeaveFollows]);
  lines.push('');
  row(['nodes', 'churn minute', 'max RSS (MB)', 'V8 heap used / total at the minute\'s end (MB)']);
  row(['---:', '---:', '---:', '---:']);
  for (const r of results) r.churnByMinute.forEach((m, i) => row([r.nodes, i + 1, m.rssMb, `${m.heapUsedMb} / ${m.heapTotalMb}`]));
  return lines.join('\n');
}
