/**
 * The object store: per-resource maps with sorted keys, one global resourceVersion counter (as etcd has),
 * a bounded per-resource event history for watch resume, and synchronous fan-out to watch listeners.
 */
import { randomUUID } from 'node:crypto';
import type { KObject, Mutator } from '../types';
import { toCoreEvent } from './events-convert';
import { extractFields } from './fields';
import { RESOURCES, resourceForKind, resourceKey, type ResourceDef } from './resources';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One stored object version; `json` is serialized once and reused by every list and watcher. */
export interface Entry {
  key: string;
  obj: KObject;
  json: string;
  rv: number;
  labels: Record<string, string> | undefined;
  fields: Record<string, string>;
  /** Cached serializations of converted forms (e.g. events.k8s.io), keyed by form. */
  alt?: Map<string, string>;
  /** `json` as UTF-8 bytes, made on first list so large lists skip re-encoding. */
  bytes?: Buffer;
}

export interface ChangeEvent {
  rv: number;
  type: EventType;
  entry: Entry;
  /** The previous version, for MODIFIED: lets a selector watch turn a change into ADDED or DELETED. */
  prev?: Entry;
  time: number;
  /** Serialized watch lines cached per variant, so N watchers cost one serialization. */
  lines?: Map<string, string>;
}

export type Listener = (ev: ChangeEvent) => void;

export interface StoreOptions {
  /** Events kept per resource for watch resume (default 10,000). */
  historyMaxEvents?: number;
  /** Age after which events leave the history (default 5 minutes). */
  historyMaxAgeMs?: number;
  now?: () => number;
}

export class Bucket {
  readonly entries = new Map<string, Entry>();
  readonly sorted: string[] = [];
  readonly listeners = new Set<Listener>();
  /** Retained events are `history[historyStart..]`; the array is compacted when the dead prefix grows. */
  history: ChangeEvent[] = [];
  historyStart = 0;
  /** resourceVersion of the newest event dropped from the history: a watch from an older RV gets 410. */
  compactedRV = 0;
  constructor(readonly def: ResourceDef) {}
}

function lowerBound(arr: string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export { lowerBound };

export class Store {
  /** The global resourceVersion; starts above 0 and 1, which mean "any" to clients. */
  rv = 1000;
  readonly ignoredKinds = new Set<string>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxEvents: number;
  private readonly maxAgeMs: number;
  readonly now: () => number;

  constructor(opts: StoreOptions = {}) {
    this.maxEvents = opts.historyMaxEvents ?? 10_000;
    this.maxAgeMs = opts.historyMaxAgeMs ?? 5 * 60_000;
    this.now = opts.now ?? Date.now;
    for (const def of RESOURCES) if (!def.viewOf) this.buckets.set(resourceKey(def), new Bucket(def));
  }

  /** The bucket holding `def`'s objects (a view such as events.k8s.io reads its base bucket). */
  bucket(def: ResourceDef): Bucket {
    return this.buckets.get(def.viewOf ?? resourceKey(def))!;
  }

  /** Load initial objects: they get resourceVersions but no history, like objects that predate a watch cache. */
  load(objects: KObject[]): void {
    for (const obj of objects) this.upsert(obj, false);
    for (const b of this.buckets.values()) b.compactedRV = this.rv;
  }

  private resolve(apiVersion: string, kind: string): { def: ResourceDef; convert?: (o: KObject) => KObject } | undefined {
    const def = resourceForKind(apiVersion, kind);
    if (!def) return undefined;
    if (def.viewOf === '/events') return { def: this.buckets.get('/events')!.def, convert: toCoreEvent };
    return { def };
  }

  private keyOf(def: ResourceDef, namespace: string | undefined, name: string): string {
    return def.namespaced ? `${namespace ?? 'default'}/${name}` : name;
  }

  get(apiVersion: string, kind: string, namespace: string | undefined, name: string): Entry | undefined {
    const r = this.resolve(apiVersion, kind);
    return r && this.bucket(r.def).entries.get(this.keyOf(r.def, namespace, name));
  }

  /** Create or replace an object; assigns a new resourceVersion, and uid/creationTimestamp when missing. */
  upsert(input: KObject, record = true): void {
    const r = this.resolve(input.apiVersion, input.kind);
    if (!r) {
      this.ignoredKinds.add(`${input.apiVersion}/${input.kind}`);
      return;
    }
    if (r.def.plural === 'secrets') return; // the demo serves no Secrets: there is nothing to leak
    const obj = r.convert ? r.convert(input) : input;
    const bucket = this.bucket(r.def);
    const namespace = r.def.namespaced ? (obj.metadata.namespace ?? 'default') : undefined;
    const key = this.keyOf(r.def, namespace, obj.metadata.name);
    const prev = bucket.entries.get(key);
    const rv = ++this.rv;
    const metadata = {
      ...obj.metadata,
      uid: obj.metadata.uid ?? prev?.obj.metadata.uid ?? randomUUID(),
      resourceVersion: String(rv),
      creationTimestamp:
        obj.metadata.creationTimestamp ?? prev?.obj.metadata.creationTimestamp ?? new Date(this.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
    };
    if (namespace) metadata.namespace = namespace;
    else delete metadata.namespace;
    const entry = this.makeEntry(bucket, key, { ...obj, metadata }, rv);
    bucket.entries.set(key, entry);
    if (!prev) bucket.sorted.splice(lowerBound(bucket.sorted, key), 0, key);
    if (record) this.emit(bucket, { rv, type: prev ? 'MODIFIED' : 'ADDED', entry, prev, time: this.now() });
  }

  remove(apiVersion: string, kind: string, namespace: string | undefined, name: string): void {
    const r = this.resolve(apiVersion, kind);
    if (!r) return;
    const bucket = this.bucket(r.def);
    const key = this.keyOf(r.def, namespace, name);
    const prev = bucket.entries.get(key);
    if (!prev) return;
    bucket.entries.delete(key);
    const i = lowerBound(bucket.sorted, key);
    if (bucket.sorted[i] === key) bucket.sorted.splice(i, 1);
    const rv = ++this.rv;
    const gone = { ...prev.obj, metadata: { ...prev.obj.metadata, resourceVersion: String(rv) } };
    this.emit(bucket, { rv, type: 'DELETED', entry: this.makeEntry(bucket, key, gone, rv), time: this.now() });
  }

  private makeEntry(bucket: Bucket, key: string, obj: KObject, rv: number): Entry {
    const labels = obj.metadata.labels ? { ...obj.metadata.labels } : undefined;
    return { key, obj, json: JSON.stringify(obj), rv, labels, fields: extractFields(resourceKey(bucket.def), obj) };
  }

  private emit(bucket: Bucket, ev: ChangeEvent): void {
    bucket.history.push(ev);
    this.prune(bucket);
    for (const l of bucket.listeners) l(ev);
    ev.lines = undefined; // shared by this fan-out only; the history keeps objects, not their serializations
  }

  /** Drop history beyond the count and age bounds, advancing `compactedRV`. */
  prune(bucket: Bucket): void {
    const h = bucket.history;
    const cutoff = this.now() - this.maxAgeMs;
    let start = Math.max(bucket.historyStart, h.length - this.maxEvents);
    while (start < h.length && h[start].time < cutoff) start++;
    if (start === bucket.historyStart) return;
    bucket.compactedRV = h[start - 1].rv;
    if (start > 1024 && start * 2 > h.length) {
      bucket.history = h.slice(start);
      bucket.historyStart = 0;
    } else bucket.historyStart = start;
  }

  /** Events of `bucket` newer than `rv`, or undefined when `rv` predates the retained history (410). */
  eventsSince(bucket: Bucket, rv: number): ChangeEvent[] | undefined {
    this.prune(bucket);
    if (rv < bucket.compactedRV) return undefined;
    const h = bucket.history;
    let lo = bucket.historyStart;
    let hi = h.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (h[mid].rv <= rv) lo = mid + 1;
      else hi = mid;
    }
    return h.slice(lo);
  }

  /** A Mutator for `ClusterSource.tick`: reads return stored objects (treat them as read-only). */
  mutator(): Mutator {
    return {
      get: (apiVersion, kind, namespace, name) => this.get(apiVersion, kind, namespace, name)?.obj,
      list: (apiVersion, kind, namespace) => {
        const r = this.resolve(apiVersion, kind);
        if (!r) return [];
        const out: KObject[] = [];
        for (const e of this.bucket(r.def).entries.values()) {
          if (namespace === undefined || e.obj.metadata.namespace === namespace) out.push(e.obj);
        }
        return out;
      },
      upsert: (obj) => this.upsert(obj),
      remove: (apiVersion, kind, namespace, name) => this.remove(apiVersion, kind, namespace, name),
    };
  }
}
