/**
 * The server's one shared cache: a LIST+WATCH per resource kind plus the health poller, created on
 * first use and shared by every request and viewer in the process.
 */
import 'server-only';
import type { FreshnessInfo, WatchState } from '@/lib/api/types';
import { getConfig } from '@/lib/config';
import { MetricsSampler } from '@/lib/metrics/sampler';
import { loadConnection, type Connection, type ConnectionProblem } from './connection';
import { credentialsOf } from './credentials';
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

  constructor(connection: Connection) {
    const config = getConfig();
    this.connection = connection;
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
          onChange,
        }),
      ]),
    );
    this.health = new HealthPoller(connection, config.HEALTH_POLL_MS, onChange, () => {
      for (const informer of this.informers.values()) informer.retryNow();
    });
    this.metrics = new MetricsSampler(this, config.METRICS_INTERVAL, config.METRICS_RETENTION);
  }

  start(): void {
    for (const informer of this.informers.values()) informer.start();
    this.health.start();
    this.metrics.start();
  }

  stop(): void {
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

  /** True once every required kind has been listed at least once. */
  isSynced(): boolean {
    return [...this.informers.values()].every((informer) => informer.hasSynced || informer.def.optional);
  }

  /** Resolves when synced, or after `timeoutMs` (the caller then serves what it has, marked as syncing). */
  async waitForSync(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.isSynced() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    return this.isSynced();
  }

  freshness(): FreshnessInfo {
    const watches: FreshnessInfo['watches'] = {};
    let worst: WatchState = 'live';
    let lastSync = 0;
    for (const [key, informer] of this.informers) {
      watches[key] = { state: informer.state, message: informer.message, count: informer.size };
      if (informer.state !== 'forbidden' && rank(informer.state) > rank(worst)) worst = informer.state;
      lastSync = Math.max(lastSync, informer.lastSyncAt?.getTime() ?? 0);
    }
    return { state: worst, lastSyncAt: lastSync ? new Date(lastSync).toISOString() : undefined, watches };
  }
}

function rank(state: WatchState): number {
  return { live: 0, forbidden: 1, syncing: 2, reconnecting: 3, error: 4 }[state];
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
