/**
 * A cluster runtime: everything the server keeps for one cluster connection (its object cache with
 * discovery, health poller, metrics sampler, findings probes, shared log follows and credentials), started and disposed as a
 * unit. The composition root (runtime-root.ts) builds it; services read a cluster only through it.
 */
import 'server-only';
import type { FreshnessInfo, UnavailableKind } from '@/lib/api/types';
import type { ClusterCache } from '@/lib/kube/cache';
import type { Connection } from '@/lib/kube/connection';
import type { ConnectionCredentials } from '@/lib/kube/credentials';
import type { HealthPoller } from '@/lib/kube/health';
import type { InformerChange } from '@/lib/kube/informer';
import type { ResourceKey, ResourceTypes } from '@/lib/kube/resources';
import type { MetricsSampler } from '@/lib/metrics/sampler';
import type { FindingsProbes } from './findings-probes';
import type { LogHub } from './log-hub';

/** What changes: a cached kind, or the health poller (readyz, livez, version, APIServices). */
export type ChangeSource = ResourceKey | 'health';

/**
 * Kinds whose watched modifications are heartbeats, written on a clock by every node: its Lease, renewed
 * each 10 s, and its status, which the kubelet reports at least every 5 minutes; and the leader locks,
 * renewed each 2 s. At 5,000 nodes that is over 500 changes a second; were each one a new version, no memo
 * would ever be reused. A Node or Lease added or deleted, a relist or a new state is not a heartbeat.
 */
const HEARTBEATS: ReadonlySet<ChangeSource> = new Set<ChangeSource>(['nodes', 'node-leases', 'leases']);
/**
 * Heartbeats move the version at most this often. A renewal then shows within 5 s, against a node Lease of
 * 40 s and a leader lock of 15 s, so nothing looks expired that is not; a Node's new condition shows within
 * 5 s too (the node controller itself waits 40 s before it marks a silent node NotReady).
 */
export const HEARTBEAT_GRAIN_MS = 5_000;

export interface RuntimeParts {
  connection: Connection;
  credentials: ConnectionCredentials;
  cache: ClusterCache;
  health: HealthPoller;
  metrics: MetricsSampler;
  probes: FindingsProbes;
  /** The followed logs, one upstream stream per (pod, container) shared by its viewers. */
  logs: LogHub;
  /** How long a route waits for the first sync on a cold start (FIRST_SYNC_WAIT_MS). */
  firstSyncWaitMs: number;
  /** When the cluster is a replayed capture: the time it was taken (KUBESYS_CAPTURED_AT). */
  capturedAt?: string;
}

export class ClusterRuntime {
  readonly connection: Connection;
  readonly cache: ClusterCache;
  readonly health: HealthPoller;
  /** The one metrics.k8s.io sampler of this cluster. */
  readonly metrics: MetricsSampler;
  /** The DNS and TLS probes the findings read; started by the first findings request. */
  readonly probes: FindingsProbes;
  /** Followed logs shared by their viewers (lib/server/log-hub.ts). */
  readonly logs: LogHub;
  readonly capturedAt?: string;
  readonly startedAt = new Date();
  private changes = 0;
  private heartbeatPending = false;
  private heartbeatCountedAt = -Infinity;
  private readonly credentials: ConnectionCredentials;
  private readonly firstSyncWaitMs: number;

  constructor(parts: RuntimeParts) {
    this.connection = parts.connection;
    this.credentials = parts.credentials;
    this.cache = parts.cache;
    this.health = parts.health;
    this.metrics = parts.metrics;
    this.probes = parts.probes;
    this.logs = parts.logs;
    this.firstSyncWaitMs = parts.firstSyncWaitMs;
    this.capturedAt = parts.capturedAt;
  }

  /**
   * Services memoize per version. It moves with every change to a cached object or health source, except
   * heartbeats, which move it at most once per HEARTBEAT_GRAIN_MS (read lazily, so the last renewal of a
   * quiet spell is not lost).
   */
  get version(): number {
    if (this.heartbeatPending && Date.now() - this.heartbeatCountedAt >= HEARTBEAT_GRAIN_MS) this.countHeartbeat();
    return this.changes;
  }

  /** What the parts call after every change they make, naming what changed (`modified`: see InformerChange). */
  noteChange(source: ChangeSource, change: InformerChange = 'other'): void {
    if (change !== 'modified' || !HEARTBEATS.has(source)) {
      // A build after this reads the heartbeats too.
      this.changes += 1;
      this.heartbeatPending = false;
    } else if (Date.now() - this.heartbeatCountedAt >= HEARTBEAT_GRAIN_MS) this.countHeartbeat();
    else this.heartbeatPending = true;
  }

  private countHeartbeat(): void {
    this.changes += 1;
    this.heartbeatPending = false;
    this.heartbeatCountedAt = Date.now();
  }

  start(): void {
    this.cache.start();
    this.health.start();
    this.metrics.start();
  }

  /** Stops every watch, poll, sample and probe, and closes the connection's pools. */
  dispose(): void {
    this.cache.stop();
    this.health.stop();
    this.metrics.stop();
    this.probes.stop();
    this.logs.stop();
    this.credentials.close();
  }

  /** The cached objects of one kind, typed by the resource registry (lib/kube/resources.ts). Shared: never mutate. */
  list<K extends ResourceKey>(key: K): readonly ResourceTypes[K][] {
    return this.cache.list(key);
  }

  get<K extends ResourceKey>(key: K, name: string): ResourceTypes[K] | undefined {
    return this.cache.get(key, name);
  }

  /** Every required kind is settled (listed once, or known to be unavailable): readiness. */
  isSynced(): boolean {
    return this.cache.isSynced();
  }

  waitForSync(timeoutMs: number): Promise<boolean> {
    return this.cache.waitForSync(timeoutMs);
  }

  /** A route's wait on a cold start: until synced, or FIRST_SYNC_WAIT_MS; true when synced. */
  waitForFirstSync(): Promise<boolean> {
    return this.cache.waitForSync(this.firstSyncWaitMs);
  }

  /** Whether a kind's objects can be trusted to be complete: not settled as not served or forbidden. */
  isReadable(key: ResourceKey): boolean {
    return this.cache.isReadable(key);
  }

  unavailable(): UnavailableKind[] {
    return this.cache.unavailable();
  }

  freshness(): FreshnessInfo {
    return this.cache.freshness();
  }
}
