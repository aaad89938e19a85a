/**
 * The process's cluster runtimes, one per kubeconfig context: created and started on first view,
 * disposed after CLUSTER_IDLE_MS unviewed (the default context stays), at most CLUSTER_CACHE_MAX at
 * once (the least recently viewed goes first), and disposed when the kubeconfig changes the context's
 * entries (rotated credentials, a new server) or removes it. A connection problem is remembered briefly
 * and then read again. Kept on globalThis because Next.js may load this module once per route bundle;
 * a module-level variable would start one set of watches per route.
 */
import 'server-only';
import { headers } from 'next/headers';
import { CONTEXT_HEADER } from '@/lib/api/cluster-path';
import { contextsHint } from '@/lib/api/kubeconfig-problem';
import { getConfig } from '@/lib/config';
import { loadConnection, type ConnectionProblem, type ConnectionResult } from '@/lib/kube/connection';
import { clusterCatalogue, onCatalogueChange, resetCatalogueForTests } from './cluster-catalogue';
import type { ClusterRuntime } from './runtime';
import { createClusterRuntime } from './runtime-root';

/** Why a context has no runtime; `unknownContext` when the kubeconfig has no such context (a 404). */
export type RuntimeResult =
  | { ok: true; runtime: ClusterRuntime; context: string }
  | { ok: false; problem: ConnectionProblem; unknownContext?: { context: string; contexts: string[] } };

/** A kubeconfig problem is re-checked after this long, so fixing the file needs no restart. */
const PROBLEM_RECHECK_MS = 3_000;

interface Entry {
  result: RuntimeResult;
  createdAt: number;
  /** Last `getRuntime` for this context: what the idle sweep reads. */
  usedAt: number;
}

interface Registry {
  entries: Map<string, Entry>;
  sweeper?: ReturnType<typeof setInterval>;
  unsubscribe?: () => void;
}

const GLOBAL_KEY = Symbol.for('kubesys.cluster-runtimes');
type Holder = { [GLOBAL_KEY]?: Registry };

function registry(): Registry {
  const holder = globalThis as Holder;
  const reg: Registry = (holder[GLOBAL_KEY] ??= { entries: new Map() });
  // A changed or removed context loses its runtime; the next view builds one from the new entries.
  reg.unsubscribe ??= onCatalogueChange(({ changed, removed }) => {
    for (const context of [...changed, ...removed]) disposeRuntime(context);
  });
  return reg;
}

/**
 * The runtime of the request's cluster: the context named by the URL (`/c/<context>/…`, passed on by the
 * proxy in the `x-kubesys-context` header), the default context for bare paths and outside a request.
 * For page server components and anything else that has no `Request` at hand.
 */
export async function getRuntime(context?: string): Promise<RuntimeResult> {
  return runtimeFor(context ?? (await requestContext()));
}

/** The context the current request names, undefined outside a request or for a bare path. */
async function requestContext(): Promise<string | undefined> {
  try {
    return (await headers()).get(CONTEXT_HEADER) ?? undefined;
  } catch {
    return undefined; // Outside a request (start-up, tests): the default context.
  }
}

/** The context a route's request names (`x-kubesys-context`), undefined for the default one. */
export function contextOfRequest(request: Request): string | undefined {
  return request.headers.get(CONTEXT_HEADER) ?? undefined;
}

/**
 * The runtime for `context` (the default context when undefined), created and started on first use
 * from `load` (the environment's connection by default), or why there is none.
 */
export function runtimeFor(context?: string, load: (context: string) => ConnectionResult = loadConnection): RuntimeResult {
  const listed = clusterCatalogue();
  if (!listed.ok) return { ok: false, problem: listed.problem };
  const { contexts, defaultContext, defaultProblem } = listed.catalogue;
  const name = context ?? defaultContext;
  if (name === undefined) return { ok: false, problem: defaultProblem ?? { code: 'noCurrentContext', params: {}, hints: [contextsHint(contexts, 'setKubeContext', 'addContext')] } };
  if (!contexts.includes(name)) {
    return {
      ok: false,
      problem: { code: 'unknownContext', params: { context: name, contexts: contexts.join(', ') }, hints: [contextsHint(contexts, 'contextsAvailable', 'noContexts')] },
      unknownContext: { context: name, contexts },
    };
  }
  const reg = registry();
  const now = Date.now();
  const existing = reg.entries.get(name);
  if (existing && (existing.result.ok || now - existing.createdAt < PROBLEM_RECHECK_MS)) {
    existing.usedAt = now;
    return existing.result;
  }
  if (existing) reg.entries.delete(name);
  makeRoomFor(name, defaultContext);
  const loaded = load(name);
  const result: RuntimeResult = loaded.ok ? { ok: true, runtime: createClusterRuntime(loaded.connection), context: name } : loaded;
  if (result.ok) result.runtime.start();
  reg.entries.set(name, { result, createdAt: now, usedAt: now });
  startSweeper(reg);
  return result;
}

/** Disposes the least recently viewed runtimes (other than `keep` and, while it can, the default) down to the cap minus one. */
function makeRoomFor(keep: string, defaultContext: string | undefined): void {
  const cap = getConfig().CLUSTER_CACHE_MAX;
  const live = liveEntries().filter(([context]) => context !== keep);
  if (live.length < cap) return;
  // The default context goes last: bare paths and the start-up runtime use it.
  const order = live.sort(([a, x], [b, y]) => Number(a === defaultContext) - Number(b === defaultContext) || x.usedAt - y.usedAt);
  for (const [context] of order.slice(0, live.length - cap + 1)) disposeRuntime(context);
}

function liveEntries(): [string, Entry][] {
  return [...registry().entries].filter(([, entry]) => entry.result.ok);
}

function startSweeper(reg: Registry): void {
  if (reg.sweeper) return;
  const idleMs = getConfig().CLUSTER_IDLE_MS;
  reg.sweeper = setInterval(() => sweepRuntimes(), Math.min(Math.max(idleMs / 4, 250), 30_000));
  reg.sweeper.unref();
}

/**
 * Disposes every runtime but the default context's that nobody viewed (or followed a log of) for CLUSTER_IDLE_MS, and reads the
 * kubeconfig again if a file changed (which disposes changed contexts). Runs on a timer; exported for tests.
 */
export function sweepRuntimes(now = Date.now()): void {
  const listed = clusterCatalogue();
  const defaultContext = listed.ok ? listed.catalogue.defaultContext : undefined;
  const idleMs = getConfig().CLUSTER_IDLE_MS;
  for (const [context, entry] of [...registry().entries]) {
    // A followed log is a viewer that sends no further requests: while one is open the cluster is in use.
    if (entry.result.ok && entry.result.runtime.logs.stats().upstream > 0) entry.usedAt = now;
    if (context !== defaultContext && now - entry.usedAt >= idleMs) disposeRuntime(context);
  }
}

/** The runtimes that exist now, by context (none is created). */
export function liveRuntimes(): [string, ClusterRuntime][] {
  return liveEntries().map(([context, entry]) => [context, (entry.result as { runtime: ClusterRuntime }).runtime]);
}

/** The runtime of `context` if one exists now (none is created), without counting as a view. */
export function existingRuntime(context: string): ClusterRuntime | undefined {
  const entry = registry().entries.get(context);
  return entry?.result.ok ? entry.result.runtime : undefined;
}

/** Stops and forgets one runtime; the next `getRuntime` for its context builds a new one. */
export function disposeRuntime(context: string): void {
  const reg = registry();
  const entry = reg.entries.get(context);
  if (entry?.result.ok) entry.result.runtime.dispose();
  reg.entries.delete(context);
}

/** For tests: stop and forget every runtime, and the sweeper. */
export function resetRuntimesForTests(): void {
  const reg = registry();
  for (const context of [...reg.entries.keys()]) disposeRuntime(context);
  if (reg.sweeper) clearInterval(reg.sweeper);
  reg.sweeper = undefined;
  resetCatalogueForTests();
}
