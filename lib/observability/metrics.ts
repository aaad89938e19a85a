/**
 * The app's own Prometheus metrics registry (`/api/metrics`): requests and latency per route, and the
 * metrics.k8s.io sampler's errors; the cluster runtimes' collectors (informers, health polls) are added by
 * lib/server/runtime-metrics.ts. One registry per process, kept on globalThis: Next.js may load this module
 * once per bundle. Knows nothing of the cluster.
 */
import 'server-only';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

function createAppMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kubesys_' });
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
    /** Failed metrics.k8s.io samples: the composition root (lib/server/runtime-root.ts) hands the sampler `inc`. */
    samplerErrors: new Counter({
      name: 'kubesys_metrics_sampler_errors_total',
      help: 'Failed metrics.k8s.io samples, by reason.',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
  };
  return metrics;
}

export type AppMetrics = ReturnType<typeof createAppMetrics>;
const GLOBAL_KEY = Symbol.for('kubesys.app-metrics');

export function getAppMetrics(): AppMetrics {
  const holder = globalThis as { [GLOBAL_KEY]?: AppMetrics };
  holder[GLOBAL_KEY] ??= createAppMetrics();
  return holder[GLOBAL_KEY];
}
