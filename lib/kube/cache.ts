/**
 * The server's one shared cache: a LIST+WATCH per resource kind plus the health poller, created on
 * first use and shared by every request and viewer in the process; API discovery, re-read now and then,
 * settles the kinds the API server does not serve.
 */
import 'server-only';
import type { FreshnessInfo, UnavailableKind, WatchState } from '@/lib/api/types';
import { getConfig } from '@/lib/config';
import { MetricsSampler } from '@/lib/metrics/sampler';
import { notServedPhrase } from './availability';
import { loadConnection, type Connection, type ConnectionProblem } from './connection';
import { credentialsOf } from './credentials';
import { discoverServed } from './discovery';
import { HealthPoller } from './health';
import { Informer, type KubeObject } from './informer';
import { CACHED_RESOURCES } from './resources';

export class ClusterCache {
  readonly connection: Connection;
  readonly informers: ReadonlyMap<string, Informer>;
  readonly health: HealthPoller;
  /** The one metrics.k8s.io sampler (lib/metrics), started and stopped with the watches. */
  readonly metrics: MetricsSampler;
  /** Bumped on every change to any cached object or health source; lets readers memoize by version. */
  version = 0;
  readonly startedAt = new Date();
  /** When the cluster is a replayed capture: the time it was taken (KUBESYS_CAPTURED_AT). */
  readonly capturedAt?: string;
  /** Times API discovery was read (at start, then every DISCOVERY_RECHECK_MS). */
  discoveries = 0;
  private readonly firstSyncWaitMs: number;
  private readonly discoveryRecheckMs: number;
  private discoveryTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(connection: Connection) {
    const config = getConfig();
    this.connection = connection;
    this.capturedAt = config.KUBESYS_CAPTURED_AT;
    this.firstSyncWaitMs = config.FIRST_SYNC_WAIT_MS;
    this.discoveryRecheckMs = config.DISCOVERY_RECHECK_MS;
    const phrase = notServedPhrase(Boolean(this.capturedAt));
    const onChange = () => {
      this.version += 1;
    };
    this.informers = new Map(
      CACHED_RESOURCES.map((def) => [
        def.key,
        new Informer(connection, def, {
          pageSize: config.LIST_PAGE_SIZE,
          watchTimeoutSeconds: config.WATCH_TIMEOUT_SECONDS,
          forbiddenRetryMs: config.FORBIDDEN_RETRY_MS,
          unservedRetryMs: config.DISCOVERY_RECHECK_MS,
          describeUnserved: (detail) => `${phrase} (${detail})`,
          onChange,
        }),
      ]),
    );
    this.health = new HealthPoller(connection, {
      intervalMs: config.HEALTH_POLL_MS,
      notServedRecheckMs: config.DISCOVERY_RECHECK_MS,
      forbiddenRetryMs: config.FORBIDDEN_RETRY_MS,
      onChange,
      onReachableAgain: () => {
        for (const informer of this.informers.values()) informer.retryNow();
        // A 404 seen during the outage may have come from a proxy, not the API server: ask discovery again.
        void this.recheckDiscovery().catch(() => undefined);
      },
    });
    this.metrics = new MetricsSampler(this, config.METRICS_INTERVAL, config.METRICS_RETENTION);
  }

  start(): void {
    for (const informer of this.informers.values()) informer.start();
    this.health.start();
    this.metrics.start();
    void this.discoveryLoop();
  }

  stop(): void {
    this.stopped = true;
    if (this.discoveryTimer) clearTimeout(this.discoveryTimer);
    for (const informer of this.informers.values()) informer.stop();
    this.health.stop();
    this.metrics.stop();
    credentialsOf(this.connection).close();
  }

  /** Cached objects of one kind (see CACHED_RESOURCES for keys). */
  objects(key: string): KubeObject[] {
    return this.informers.get(key)?.list() ?? [];
  }

  object(key: string, name: string): KubeObject | undefined {
    return this.informers.get(key)?.get(name);
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

  /** A route's wait on a cold start: until synced, or FIRST_SYNC_WAIT_MS. */
  waitForFirstSync(): Promise<boolean> {
    return this.waitForSync(this.firstSyncWaitMs);
  }

  /** Whether a kind's objects can be trusted to be complete: not settled as not served or forbidden. */
  isReadable(key: string): boolean {
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

  /** Reads discovery now, settling kinds that are not served and waking those that are. */
  async recheckDiscovery(): Promise<void> {
    const verdicts = await discoverServed(this.connection, [...this.informers.values()].map((i) => i.def));
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

export type CacheResult = { ok: true; cache: ClusterCache } | { ok: false; problem: ConnectionProblem };

const GLOBAL_KEY = Symbol.for('kubesys.cluster-cache');
type Holder = { [GLOBAL_KEY]?: CacheResult & { at: number } };

/** A kubeconfig problem is re-checked after this long, so fixing the file needs no restart. */
const PROBLEM_RECHECK_MS = 3_000;

/**
 * The process-wide cache. Kept on globalThis because Next.js may load this module once per route
 * bundle; a module-level variable would start one set of watches per route.
 */
export function getClusterCache(): CacheResult {
  const holder = globalThis as Holder;
  const existing = holder[GLOBAL_KEY];
  if (existing && (existing.ok || Date.now() - existing.at < PROBLEM_RECHECK_MS)) return existing;
  const loaded = loadConnection();
  const result: CacheResult = loaded.ok ? { ok: true, cache: new ClusterCache(loaded.connection) } : loaded;
  if (result.ok) result.cache.start();
  holder[GLOBAL_KEY] = { ...result, at: Date.now() };
  return result;
}

/** For tests: stop and forget the process-wide cache. */
export function resetClusterCacheForTests(): void {
  const holder = globalThis as Holder;
  const existing = holder[GLOBAL_KEY];
  if (existing?.ok) existing.cache.stop();
  delete holder[GLOBAL_KEY];
}
