/**
 * Drives a live source: calls `source.tick(now, mutator)` about once a second; the mutator writes into
 * the store, which bumps resourceVersions and fans out watch events.
 */
import type { ClusterSource } from '../types';
import type { Store } from './store';

/** Start ticking; returns a function that stops it. A throwing tick is logged, not fatal. */
export function startTicker(source: ClusterSource, store: Store, intervalMs = 1000): () => void {
  if (!source.tick) return () => {};
  const mutator = store.mutator();
  let failures = 0;
  const timer = setInterval(() => {
    try {
      source.tick!(Date.now(), mutator);
    } catch (err) {
      if (failures++ < 5) console.error('sim: tick failed:', err);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
