/**
 * The process's cluster runtimes, keyed by kubeconfig context: today one, for the default context (the
 * kubeconfig's current context, or the in-cluster ServiceAccount). Each is created and started on first
 * use and can be disposed as a unit; a kubeconfig problem is remembered briefly and then read again.
 * Kept on globalThis because Next.js may load this module once per route bundle; a module-level
 * variable would start one set of watches per route.
 */
import 'server-only';
import { loadConnection, type ConnectionProblem, type ConnectionResult } from '@/lib/kube/connection';
import type { ClusterRuntime } from './runtime';
import { createClusterRuntime } from './runtime-root';

export type RuntimeResult = { ok: true; runtime: ClusterRuntime } | { ok: false; problem: ConnectionProblem };

/** The key of the runtime every route uses until routes name a context (issue 16). */
export const DEFAULT_RUNTIME_KEY = 'default';

/** A kubeconfig problem is re-checked after this long, so fixing the file needs no restart. */
const PROBLEM_RECHECK_MS = 3_000;

interface Entry {
  result: RuntimeResult;
  createdAt: number;
  /** Last `getRuntime` for this key: what an idle-runtime sweep would read. */
  usedAt: number;
}

const GLOBAL_KEY = Symbol.for('kubesys.cluster-runtimes');
type Holder = { [GLOBAL_KEY]?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  const holder = globalThis as Holder;
  return (holder[GLOBAL_KEY] ??= new Map());
}

/**
 * The runtime for `key`, created and started on first use from `load` (the environment's connection by
 * default), or the connection problem that stops it.
 */
export function getRuntime(key = DEFAULT_RUNTIME_KEY, load: () => ConnectionResult = loadConnection): RuntimeResult {
  const all = entries();
  const now = Date.now();
  const existing = all.get(key);
  if (existing && (existing.result.ok || now - existing.createdAt < PROBLEM_RECHECK_MS)) {
    existing.usedAt = now;
    return existing.result;
  }
  const loaded = load();
  const result: RuntimeResult = loaded.ok ? { ok: true, runtime: createClusterRuntime(loaded.connection) } : loaded;
  if (result.ok) result.runtime.start();
  all.set(key, { result, createdAt: now, usedAt: now });
  return result;
}

/** The runtimes that exist now, by key (none is created). */
export function liveRuntimes(): [string, ClusterRuntime][] {
  return [...entries()].flatMap(([key, entry]) => (entry.result.ok ? [[key, entry.result.runtime] as [string, ClusterRuntime]] : []));
}

/** Stops and forgets one runtime; the next `getRuntime` for its key builds a new one. */
export function disposeRuntime(key: string): void {
  const all = entries();
  const entry = all.get(key);
  if (entry?.result.ok) entry.result.runtime.dispose();
  all.delete(key);
}

/** For tests: stop and forget every runtime. */
export function resetRuntimesForTests(): void {
  for (const key of [...entries().keys()]) disposeRuntime(key);
}
