/**
 * Why metrics are or are not there, from the last metrics.k8s.io read: the HTTP status, the
 * v1beta1.metrics.k8s.io APIService's Available condition, the metric timestamps and metrics-server's pods.
 * Pure: the sampler passes what it saw.
 */
import type { MetricsState, MetricsStatus } from '@/lib/api/usage';

/** metrics-server's default `--metric-resolution`. */
export const METRICS_SERVER_RESOLUTION_SECONDS = 15;

/** The APIService metrics-server registers with the aggregator. */
export const METRICS_API_SERVICE = 'v1beta1.metrics.k8s.io';

interface ApiServiceLike {
  metadata?: { name?: string } | null;
  status?: { conditions?: { type?: string; status?: string; reason?: string; message?: string }[] | null } | null;
}

export interface StateInput {
  /** The failed read's HTTP status and message; absent when the last read succeeded. */
  error?: { status: number; message: string };
  /** Epoch ms of the newest metric timestamp in the last successful read. */
  newestMetricAt?: number;
  /** Epoch ms of the last successful read. */
  lastSampleAt?: number;
  now: number;
  intervalSeconds: number;
  retentionSeconds: number;
  /** The health poller's APIServices, when it could list them. */
  apiServices?: readonly ApiServiceLike[];
  metricsServer?: { ready: number; total: number };
}

/**
 * The Available condition of v1beta1.metrics.k8s.io as one line (`False MissingEndpoints: endpoints
 * for service/metrics-server … have no addresses`), or undefined when the APIService is not listed.
 * Kubernetes fact: the aggregator's availability controller writes why it cannot reach the backend there.
 */
export function metricsApiServiceCondition(apiServices: readonly ApiServiceLike[] | undefined): string | undefined {
  const service = apiServices?.find((s) => s.metadata?.name === METRICS_API_SERVICE);
  const condition = service?.status?.conditions?.find((c) => c.type === 'Available');
  if (!condition) return undefined;
  const head = [condition.status === 'True' ? 'Available' : 'Not available', condition.reason].filter(Boolean).join(' ');
  return `${METRICS_API_SERVICE}: ${head}${condition.message ? `: ${condition.message}` : ''}`;
}

/** The APIService line only when it explains something (its Available condition is not True). */
function unavailableOnly(apiServices: StateInput['apiServices'], line: string | undefined): string | undefined {
  const service = apiServices?.find((s) => s.metadata?.name === METRICS_API_SERVICE);
  const available = service?.status?.conditions?.find((c) => c.type === 'Available')?.status === 'True';
  return available ? undefined : line;
}

function describe(input: StateInput): { state: MetricsState; message: string; detail?: string } {
  const { error } = input;
  const apiService = metricsApiServiceCondition(input.apiServices);
  if (error?.status === 404) {
    return { state: 'absent', message: 'metrics-server is not installed: the cluster does not serve metrics.k8s.io', detail: apiService };
  }
  if (error?.status === 503) {
    return { state: 'unavailable', message: 'the metrics.k8s.io APIService is not available', detail: apiService ?? error.message };
  }
  if (error?.status === 403) {
    return {
      state: 'forbidden',
      message: 'kubesys may not read metrics: it needs list on nodes.metrics.k8s.io and pods.metrics.k8s.io',
      detail: error.message,
    };
  }
  if (error) return { state: 'error', message: `metrics.k8s.io could not be read: ${error.message}`, detail: unavailableOnly(input.apiServices, apiService) };
  if (input.lastSampleAt === undefined) return { state: 'starting', message: 'waiting for the first metrics sample' };
  // metrics-server refreshes once per resolution window (15 s by default), so sampling faster never makes it fresher.
  const staleAfterMs = 2 * Math.max(input.intervalSeconds, METRICS_SERVER_RESOLUTION_SECONDS) * 1000;
  if (input.newestMetricAt !== undefined && input.now - input.newestMetricAt > staleAfterMs) {
    const ageSec = Math.round((input.now - input.newestMetricAt) / 1000);
    return { state: 'stale', message: `the newest sample is ${ageSec}s old`, detail: unavailableOnly(input.apiServices, apiService) };
  }
  return { state: 'ok', message: 'metrics are current' };
}

/** The status the UI shows next to (or instead of) a chart. */
export function metricsStatus(input: StateInput): MetricsStatus {
  const { state, message, detail } = describe(input);
  const ms = input.metricsServer;
  const notReady = ms && ms.total > 0 && ms.ready < ms.total ? `metrics-server pods ready: ${ms.ready}/${ms.total}` : undefined;
  const details = [detail, notReady].filter(Boolean).join('; ');
  return {
    state,
    message,
    ...(details ? { detail: details } : {}),
    ...(ms ? { metricsServer: ms } : {}),
    ...(input.lastSampleAt !== undefined ? { lastSampleAt: new Date(input.lastSampleAt).toISOString() } : {}),
    intervalSeconds: input.intervalSeconds,
    retentionSeconds: input.retentionSeconds,
  };
}
