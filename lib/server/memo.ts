/** Memoize a value per cache and cache version (and at most `maxAgeMs` old), so many viewers cost one build per change. */
import 'server-only';
import type { ClusterCache } from '@/lib/kube/cache';

interface Entry<T> {
  version: number;
  at: number;
  value: T;
}

export function memoByVersion<T>(build: (cache: ClusterCache, now: number) => T, maxAgeMs = Infinity): (cache: ClusterCache) => T {
  const memos = new WeakMap<ClusterCache, Entry<T>>();
  return (cache) => {
    const now = Date.now();
    const memo = memos.get(cache);
    if (memo && memo.version === cache.version && now - memo.at < maxAgeMs) return memo.value;
    const version = cache.version;
    const value = build(cache, now);
    memos.set(cache, { version, at: now, value });
    return value;
  };
}
