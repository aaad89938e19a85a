/**
 * The clusters kubesys can show: every context of the kubeconfig (all files in KUBECONFIG) and, in a pod,
 * the in-cluster one; re-read when a kubeconfig file changes (checked at most once a second, on use and
 * by the registry's sweep), and telling listeners which contexts were added, changed or removed.
 * Kept on globalThis, like the runtimes, since Next.js may load this module once per route bundle.
 */
import 'server-only';
import fs from 'node:fs';
import { kubeconfigFiles, loadCatalogue, type ClusterCatalogue, type ConnectionProblem } from '@/lib/kube/connection';

export type CatalogueResult = { ok: true; catalogue: ClusterCatalogue } | { ok: false; problem: ConnectionProblem };

/** What changed between two readings: contexts whose entries (context, cluster or user) differ, and removed ones. */
export interface CatalogueChange {
  changed: string[];
  removed: string[];
}

/** Files are stat'ed at most this often; a change is picked up within it (or at the next sweep). */
const RECHECK_MS = 1_000;

interface State {
  result?: CatalogueResult;
  /** mtime, size and inode of each kubeconfig file (a Secret's atomic symlink swap changes them all). */
  stamp: string;
  checkedAt: number;
  listeners: Set<(change: CatalogueChange) => void>;
}

const GLOBAL_KEY = Symbol.for('kubesys.cluster-catalogue');
type Holder = { [GLOBAL_KEY]?: State };

function state(): State {
  const holder = globalThis as Holder;
  return (holder[GLOBAL_KEY] ??= { stamp: '', checkedAt: 0, listeners: new Set() });
}

function stampOf(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const stat = fs.statSync(file);
        return `${file}:${stat.mtimeMs}:${stat.size}:${stat.ino}`;
      } catch {
        return `${file}:missing`;
      }
    })
    .join('|');
}

/**
 * The catalogue as of the kubeconfig files now: read again when one of them changed since the last look
 * (at most once per RECHECK_MS, or always with `force`), and listeners told what changed.
 */
export function clusterCatalogue(force = false): CatalogueResult {
  const s = state();
  const now = Date.now();
  if (s.result && !force && now - s.checkedAt < RECHECK_MS) return s.result;
  s.checkedAt = now;
  const stamp = stampOf(kubeconfigFiles());
  if (s.result && stamp === s.stamp) return s.result;
  const previous = s.result;
  s.stamp = stamp;
  s.result = loadCatalogue();
  if (previous) {
    const change = diff(previous, s.result);
    if (change.changed.length || change.removed.length) for (const listener of s.listeners) listener(change);
  }
  return s.result;
}

function diff(before: CatalogueResult, after: CatalogueResult): CatalogueChange {
  const was = before.ok ? before.catalogue.fingerprints : new Map<string, string>();
  const is = after.ok ? after.catalogue.fingerprints : new Map<string, string>();
  return {
    changed: [...was].filter(([name, print]) => is.has(name) && is.get(name) !== print).map(([name]) => name),
    removed: [...was.keys()].filter((name) => !is.has(name)),
  };
}

/** Calls `listener` after every re-read that changed or removed a context; returns the unsubscribe. */
export function onCatalogueChange(listener: (change: CatalogueChange) => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}

/** For tests: forget the last reading (listeners stay). */
export function resetCatalogueForTests(): void {
  const s = state();
  s.result = undefined;
  s.stamp = '';
  s.checkedAt = 0;
}
