/**
 * The composition root: builds one cluster runtime for a connection, its parts side by side, and hands
 * each what it needs as functions (the sampler: which component a pod is, where its errors go; the
 * probes: where DNS is). No part imports another or anything above it; only this module knows them all.
 */
import 'server-only';
import { getConfig, type AppConfig } from '@/lib/config';
import { ClusterCache } from '@/lib/kube/cache';
import type { Connection } from '@/lib/kube/connection';
import { credentialsOf } from '@/lib/kube/credentials';
import { HealthPoller } from '@/lib/kube/health';
import { MetricsSampler } from '@/lib/metrics/sampler';
import { getAppMetrics } from '@/lib/observability/metrics';
import { dnsTargetOf } from './findings-inputs';
import { FindingsProbes } from './findings-probes';
import { LogHub } from './log-hub';
import { openPodLog } from './log-source';
import { podComponentIndex, podRefOf } from './pod-index';
import { ClusterRuntime } from './runtime';

/** How long the findings probes wait for the cache before working out where DNS is. */
const PROBES_SYNC_WAIT_MS = 10_000;

/** A new, not yet started runtime for `connection`, configured by `config` (the environment's by default). */
export function createClusterRuntime(connection: Connection, config: AppConfig = getConfig()): ClusterRuntime {
  const capturedAt = connection.extension?.capturedAt ?? config.KUBESYS_CAPTURED_AT;
  // The parts call back into the runtime only once started, after `runtime` below is built.
  const cache = new ClusterCache(connection, {
    pageSize: config.LIST_PAGE_SIZE,
    watchTimeoutSeconds: config.WATCH_TIMEOUT_SECONDS,
    forbiddenRetryMs: config.FORBIDDEN_RETRY_MS,
    discoveryRecheckMs: config.DISCOVERY_RECHECK_MS,
    capturedAt,
    onChange: (kind, change) => runtime.noteChange(kind, change),
  });
  const health = new HealthPoller(connection, {
    intervalMs: config.HEALTH_POLL_MS,
    watch: { pageSize: config.LIST_PAGE_SIZE, watchTimeoutSeconds: config.WATCH_TIMEOUT_SECONDS },
    notServedRecheckMs: config.DISCOVERY_RECHECK_MS,
    forbiddenRetryMs: config.FORBIDDEN_RETRY_MS,
    onChange: () => runtime.noteChange('health'),
    onReachableAgain: () => cache.retryNow(),
  });
  const metrics = new MetricsSampler({
    connection,
    intervalSeconds: config.METRICS_INTERVAL,
    retentionSeconds: config.METRICS_RETENTION,
    isReplay: Boolean(capturedAt),
    podRef: (name, labels) => podRefOf(runtime, name, labels),
    metricsServerPods: () => podComponentIndex(runtime).metricsServer,
    apiServices: () => (health.state.apiServices?.ok ? health.state.apiServices.value : undefined),
    onError: (reason) => getAppMetrics().samplerErrors.inc({ reason }),
  });
  const probes = new FindingsProbes({
    connection,
    isReplay: Boolean(capturedAt),
    dnsTarget: () => dnsTargetOf(runtime),
    whenSynced: () => cache.waitForSync(PROBES_SYNC_WAIT_MS),
  });
  const logs = new LogHub({ open: (pod, opts, signal) => openPodLog(connection, pod, opts, signal) });
  const runtime: ClusterRuntime = new ClusterRuntime({
    connection,
    credentials: credentialsOf(connection),
    cache,
    health,
    metrics,
    probes,
    logs,
    firstSyncWaitMs: config.FIRST_SYNC_WAIT_MS,
    capturedAt,
  });
  return runtime;
}
