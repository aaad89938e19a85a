/**
 * The cluster runtime's own metrics in the app's registry: per cached kind the informer's LISTs, WATCHes,
 * state and object count, and the health poller's rounds and failing sources; read at scrape time. And the
 * `/api/metrics` answer: the registry in the Prometheus text format. Every series carries the kubeconfig
 * context of its cluster (`context`): the default one, and each other cluster that has a runtime now.
 */
import 'server-only';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { WatchState } from '@/lib/api/types';
import { getAppMetrics } from '@/lib/observability/metrics';
import { toErrorResponse } from './errors';
import type { ClusterRuntime } from './runtime';
import { liveRuntimes, runtimeFor } from './runtimes';

const WATCH_STATES: readonly WatchState[] = ['live', 'syncing', 'reconnecting', 'forbidden', 'unserved', 'error'];
const HEALTH_SOURCES = ['version', 'readyz', 'livez', 'componentStatuses', 'apiServices'] as const;

/** Every live runtime by context; the default one is started by a scrape, as a first request would. */
function runtimes(): [string, ClusterRuntime][] {
  runtimeFor();
  return liveRuntimes();
}

function cacheInformers() {
  return runtimes().flatMap(([context, runtime]) => [...runtime.cache.informers].map(([kind, informer]) => ({ context, kind, informer })));
}

function registerRuntimeCollectors(registry: Registry): void {
  new Counter({
    name: 'kubesys_informer_lists_total',
    help: 'LIST requests sent per cached kind (first sync, relists after 410 Gone or errors, pages).',
    labelNames: ['context', 'kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { context, kind, informer } of cacheInformers()) this.inc({ context, kind }, informer.lists);
    },
  });
  new Counter({
    name: 'kubesys_informer_watches_total',
    help: 'WATCH requests opened per cached kind; growth beyond one per WATCH_TIMEOUT_SECONDS means restarts.',
    labelNames: ['context', 'kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { context, kind, informer } of cacheInformers()) this.inc({ context, kind }, informer.watches);
    },
  });
  new Gauge({
    name: 'kubesys_informer_state',
    help: 'The state of each cached kind (1 for the current state).',
    labelNames: ['context', 'kind', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { context, kind, informer } of cacheInformers()) {
        for (const state of WATCH_STATES) this.set({ context, kind, state }, informer.state === state ? 1 : 0);
      }
    },
  });
  new Gauge({
    name: 'kubesys_cache_objects',
    help: 'Objects held in the shared cache, per kind.',
    labelNames: ['context', 'kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { context, kind, informer } of cacheInformers()) this.set({ context, kind }, informer.size);
    },
  });
  new Counter({
    name: 'kubesys_health_polls_total',
    help: 'Rounds of health polling (/version, /readyz, /livez, componentstatuses, APIServices).',
    labelNames: ['context'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [context, runtime] of runtimes()) this.inc({ context }, runtime.health.polls);
    },
  });
  new Gauge({
    name: 'kubesys_health_poll_failing',
    help: 'Whether the last poll of a health source failed (1) or answered (0); 404, not served, is an answer.',
    labelNames: ['context', 'source'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [context, runtime] of runtimes()) {
        for (const source of HEALTH_SOURCES) {
          const polled = runtime.health.state[source];
          if (polled) this.set({ context, source }, polled.ok || polled.status === 404 ? 0 : 1);
        }
      }
    },
  });
}

/** `GET /api/metrics`: the app's metrics, the runtime's collectors registered once per registry. */
export async function appMetricsResponse(): Promise<Response> {
  try {
    const { registry } = getAppMetrics();
    if (!registry.getSingleMetric('kubesys_informer_lists_total')) registerRuntimeCollectors(registry);
    return new Response(await registry.metrics(), { headers: { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
