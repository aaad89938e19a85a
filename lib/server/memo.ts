/**
 * The services' one memo: a value per cluster runtime (and per key, when the function takes arguments),
 * rebuilt only when what it depends on changed (the runtime's version by default) or it is too old, so a
 * hundred viewers cost one build per change. Concurrent callers of an async build share its promise.
 */
import 'server-only';

export interface MemoOptions<Owner, Args extends unknown[]> {
  /** What the value depends on besides its arguments; by default the owner's `version`. */
  stamp?: (owner: Owner) => string | number;
  /** Rebuild at least this often, since ages in the answer move with the clock alone. */
  maxAgeMs?: number;
  /** Keep a value at least this long even when the stamp moved (a costly build of slow-moving data). */
  minAgeMs?: number;
  /** The key of one call's arguments; by default they are joined. */
  key?: (...args: Args) => string;
  /** Keys kept per owner; when full, all are dropped (bounded memory under arbitrary arguments). */
  maxKeys?: number;
}

interface Entry<T> {
  stamp: string | number;
  at: number;
  value: T;
}

const versionOf = (owner: object): number => (owner as { version?: number }).version ?? 0;

/**
 * `build(owner, now, ...args)` memoized per owner (a cluster runtime) and arguments. A rejected promise is
 * not kept, so the next call tries again.
 */
export function memoByVersion<Owner extends object, T, Args extends unknown[] = []>(
  build: (owner: Owner, now: number, ...args: Args) => T,
  opts: MemoOptions<Owner, Args> = {},
): (owner: Owner, ...args: Args) => T {
  const { stamp = versionOf, maxAgeMs = Infinity, minAgeMs = 0, key = (...args: Args) => args.join('\n'), maxKeys = 500 } = opts;
  const memos = new WeakMap<Owner, Map<string, Entry<T>>>();
  return (owner, ...args) => {
    const now = Date.now();
    let entries = memos.get(owner);
    if (!entries) memos.set(owner, (entries = new Map()));
    const k = key(...args);
    const current = stamp(owner);
    const memo = entries.get(k);
    if (memo && now - memo.at < maxAgeMs && (memo.stamp === current || now - memo.at < minAgeMs)) return memo.value;
    if (entries.size >= maxKeys) entries.clear();
    const value = build(owner, now, ...args);
    const entry = { stamp: current, at: now, value };
    entries.set(k, entry);
    if (value instanceof Promise) value.catch(() => entries.get(k) === entry && entries.delete(k));
    return value;
  };
}
