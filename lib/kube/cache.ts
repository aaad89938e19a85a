/**
 * One cluster connection's cache of objects: a LIST+WATCH per kind of the resource registry, typed by it,
 * with API discovery (read at start and now and then) settling the kinds the API server does not serve.
 * Knows nothing of health, metrics or probes: the cluster runtime (lib/server/runtime.ts) builds it beside them.
 */
import 'server-only';
import type { FreshnessInfo, UnavailableKind, WatchState } from '@/lib/api/types';
import { notServedPhrase } from './availability';
import type { Connection } from './connection';
import { discoverServed } from './discovery';
import { Informer, type InformerChange } from './informer';
import { CACHED_RESOURCES, type ResourceKey, type ResourceTypes } from './resources';

export interface ClusterCacheOptions {
  /** LIST page size (`limit`). */
  pageSize: number;
  watchTimeoutSeconds: number;
  /** A forbidden kind is listed again after this long. */
  forbiddenRetryMs: number;
  /** Discovery is read again this often; a kind our own 404 settled is asked again after this long. */
  discoveryRecheckMs: number;
  /** When the cluster is a replayed capture: the time it was taken (KUBESYS_CAPTURED_AT). */
  capturedAt?: string;
  /** Called after every change to a kind's objects or state, with the kind and what changed (see Informer). */
  onChange: (kind: ResourceKey, change: InformerChange) => void;
}

export class ClusterCache {
  readonly connection: Connection;
  readonly informers: ReadonlyMap<ResourceKey, Informer>;
  /** Times API discovery was read (at start, then every DISCOVERY_RECHECK_MS). */
  discoveries = 0;
  private readonly capturedAt?: string;
  private readonly discoveryRecheckMs: number;
  private discoveryTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(connection: Connection, opts: ClusterCacheOptions) {
    this.connection = connection;
    this.capturedAt = opts.capturedAt;
    this.discoveryRecheckMs = opts.discoveryRecheckMs;
    const phrase = notServedPhrase(Boolean(opts.capturedAt));
    this.informers = new Map(
      CACHED_RESOURCES.map((def) => [
        def.key,
        new Informer(connection, def, {
          pageSize: opts.pageSize,
          watchTimeoutSeconds: opts.watchTimeoutSeconds,
          forbiddenRetryMs: opts.forbiddenRetryMs,
          unservedRetryMs: opts.discoveryRecheckMs,
          describeUnserved: (detail) => `${phrase} (${detail})`,
          onChange: (change) => opts.onChange(def.key, change),
        }),
      ]),
    );
  }

  start(): void {
    for (const informer of this.informers.values()) informer.start();
    void this.discoveryLoop();
  }

  stop(): void {
    this.stopped = true;
    if (this.discoveryTimer) clearTimeout(this.discoveryTimer);
    for (const informer of this.informers.values()) informer.stop();
  }

  /** The cached objects of one kind, typed by the registry. The objects are shared: never mutate them. */
  list<K extends ResourceKey>(key: K): readonly ResourceTypes[K][] {
    return this.informer(key).list();
  }

  /** One cached object by name, or undefined. */
  get<K extends ResourceKey>(key: K, name: string): ResourceTypes[K] | undefined {
    return this.informer(key).get(name);
  }

  /** The informer of one kind; the map holds exactly one per registry record, built from that record. */
  informer<K extends ResourceKey>(key: K): Informer<K> {
    return this.informers.get(key) as Informer<K>;
  }

  /**
   * True once every required kind is settled: listed at least once, or known to be unavailable (403
   * forbidden, 404 or absent from discovery). A kind the API server does not serve never holds up
   * readiness or a route; it is listed in `freshness().unavailable` instead.
   */
  isSynced(): boolean {
    return [...this.informers.values()].every((informer) => informer.isSettled || informer.def.optional);
  }

  /** Resolves when synced, or after `timeoutMs` (the caller then serves what it has, marked as syncing). */
  async waitForSync(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.isSynced() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    return this.isSynced();
  }

  /** Whether a kind's objects can be trusted to be complete: not settled as not served or forbidden. */
  isReadable(key: ResourceKey): boolean {
    const state = this.informers.get(key)?.state;
    return state !== 'unserved' && state !== 'forbidden';
  }

  /** Kinds settled as unavailable (not served, forbidden), and why. */
  unavailable(): UnavailableKind[] {
    const out: UnavailableKind[] = [];
    for (const [key, informer] of this.informers) {
      if (informer.state === 'unserved') out.push({ kind: key, reason: 'not-served', message: informer.message ?? notServedPhrase(Boolean(this.capturedAt)) });
      else if (informer.state === 'forbidden') out.push({ kind: key, reason: 'forbidden', message: informer.message ?? 'forbidden' });
    }
    return out;
  }

  freshness(): FreshnessInfo {
    const watches: FreshnessInfo['watches'] = {};
    let worst: WatchState = 'live';
    let lastSync = 0;
    for (const [key, informer] of this.informers) {
      watches[key] = { state: informer.state, message: informer.message, count: informer.size };
      if (!isSettledUnavailable(informer.state) && rank(informer.state) > rank(worst)) worst = informer.state;
      lastSync = Math.max(lastSync, informer.lastSyncAt?.getTime() ?? 0);
    }
    return {
      state: worst,
      lastSyncAt: lastSync ? new Date(lastSync).toISOString() : undefined,
      watches,
      unavailable: this.unavailable(),
      ...(this.capturedAt ? { capturedAt: this.capturedAt } : {}),
    };
  }

  /**
   * The API server answers again after an outage: kinds in back-off retry now, and discovery is read
   * again (a 404 seen during the outage may have come from a proxy, not the API server).
   */
  retryNow(): void {
    for (const informer of this.informers.values()) informer.retryNow();
    void this.recheckDiscovery().catch(() => undefined);
  }

  /** Reads discovery now, settling kinds that are not served and waking those that are. */
  async recheckDiscovery(): Promise<void> {
    const verdicts = await discoverServed(this.connection, CACHED_RESOURCES);
    this.discoveries += 1;
    const phrase = notServedPhrase(Boolean(this.capturedAt));
    for (const [key, verdict] of verdicts) {
      const informer = this.informers.get(key);
      if (!informer || this.stopped) continue;
      if (verdict.served) informer.markServed();
      else informer.markUnserved(`${phrase} (${verdict.detail})`);
    }
  }

  private async discoveryLoop(): Promise<void> {
    if (this.stopped) return;
    await this.recheckDiscovery().catch(() => undefined);
    if (!this.stopped) this.discoveryTimer = setTimeout(() => void this.discoveryLoop(), this.discoveryRecheckMs).unref();
  }
}

/** Forbidden and unserved kinds are settled: listed in `unavailable`, not a reason to call the data stale. */
function isSettledUnavailable(state: WatchState): boolean {
  return state === 'forbidden' || state === 'unserved';
}

function rank(state: WatchState): number {
  return { live: 0, forbidden: 1, unserved: 1, syncing: 2, reconnecting: 3, error: 4 }[state];
}
