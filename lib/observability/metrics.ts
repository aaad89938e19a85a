/**
 * The app's own Prometheus metrics (`/api/metrics`): requests and latency per route, the shared cache's
 * informers (lists, watches, state, size), health polls, and the metrics.k8s.io sampler's errors.
 * One registry per process, kept on globalThis: Next.js may load this module once per bundle.
 */
import 'server-only';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { WatchState } from '@/lib/api/types';
import { getClusterCache } from '@/lib/kube/cache';

const WATCH_STATES: readonly WatchState[] = ['live', 'syncing', 'reconnecting', 'forbidden', 'unserved', 'error'];
const HEALTH_SOURCES = ['version', 'readyz', 'livez', 'componentStatuses', 'apiServices'] as const;

function createAppMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kubesys_' });
  const cacheInformers = () => {
    const result = getClusterCache();
    return result.ok ? [...result.cache.informers] : [];
  };
  const metrics = {
    registry,
    httpRequests: new Counter({
      name: 'kubesys_http_requests_total',
      help: 'HTTP requests served, by method, route and status code.',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'kubesys_http_request_duration_seconds',
      help: 'Time to the last byte of a response, by method and route (streams count their whole life).',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60],
      registers: [registry],
    }),
    /**
     * The metrics.k8s.io sampler (lib/metrics, its own issue) counts its failed samples here:
     * `getAppMetrics().samplerErrors.inc({ reason })`.
     */
    samplerErrors: new Counter({
      name: 'kubesys_metrics_sampler_errors_total',
      help: 'Failed metrics.k8s.io samples, by reason.',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
  };
  new Counter({
    name: 'kubesys_informer_lists_total',
    help: 'LIST requests sent per cached kind (first sync, relists after 410 Gone or errors, pages).',
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [kind, informer] of cacheInformers()) this.inc({ kind }, informer.lists);
    },
  });
  new Counter({
    name: 'kubesys_informer_watches_total',
    help: 'WATCH requests opened per cached kind; growth beyond one per WATCH_TIMEOUT_SECONDS means restarts.',
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [kind, informer] of cacheInformers()) this.inc({ kind }, informer.watches);
    },
  });
  new Gauge({
    name: 'kubesys_informer_state',
    help: 'The state of each cached kind (1 for the current state).',
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [kind, informer] of cacheInformers()) {
        for (const state of WATCH_STATES) this.set({ kind, state }, informer.state === state ? 1 : 0);
      }
    },
  });
  new Gauge({
    name: 'kubesys_cache_objects',
    help: 'Objects held in the shared cache, per kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [kind, informer] of cacheInformers()) this.set({ kind }, informer.size);
    },
  });
  new Counter({
    name: 'kubesys_health_polls_total',
    help: 'Rounds of health polling (/version, /readyz, /livez, componentstatuses, APIServices).',
    registers: [registry],
    collect() {
      this.reset();
      const result = getClusterCache();
      if (result.ok) this.inc(result.cache.health.polls);
    },
  });
  new Gauge({
    name: 'kubesys_health_poll_failing',
    help: 'Whether the last poll of a health source failed (1) or answered (0); 404, not served, is an answer.',
    labelNames: ['source'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const result = getClusterCache();
      if (!result.ok) return;
      for (const source of HEALTH_SOURCES) {
        const polled = result.cache.health.state[source];
        if (polled) this.set({ source }, polled.ok || polled.status === 404 ? 0 : 1);
      }
    },
  });
  return metrics;
}

export type AppMetrics = ReturnType<typeof createAppMetrics>;
const GLOBAL_KEY = Symbol.for('kubesys.app-metrics');

export function getAppMetrics(): AppMetrics {
  const holder = globalThis as { [GLOBAL_KEY]?: AppMetrics };
  holder[GLOBAL_KEY] ??= createAppMetrics();
  return holder[GLOBAL_KEY];
}
