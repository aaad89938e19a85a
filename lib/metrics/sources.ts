/**
 * Picks where a range's history comes from: Prometheus when PROMETHEUS_URL is set and answers, else the
 * in-memory rings (with a notice when the range is longer than they hold or Prometheus failed).
 */
import 'server-only';
import { RANGE_SECONDS, type UsageRange, type UsageSource } from '@/lib/api/usage';
import { getConfig } from '@/lib/config';
import { chooseStep } from './downsample';
import { PrometheusClient, PrometheusError, type RangeQuery } from './prometheus';
import type { MetricsSampler } from './sampler';

export interface Sourced<T> {
  data: T;
  source: UsageSource;
  stepSeconds: number;
}

const clients = new Map<string, PrometheusClient>();

/** The configured Prometheus, or undefined without PROMETHEUS_URL. */
export function prometheusClient(url = getConfig().PROMETHEUS_URL): PrometheusClient | undefined {
  if (!url) return undefined;
  let client = clients.get(url);
  if (!client) clients.set(url, (client = new PrometheusClient(url)));
  return client;
}

/** `3600` → `1h`, `5400` → `90m`, `86400` → `24h`. */
export function formatRetention(seconds: number): string {
  if (seconds % 3_600 === 0) return `${seconds / 3_600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

export interface SourceOptions {
  /** Points wanted over the range (sparklines want fewer). */
  maxPoints?: number;
  now?: number;
}

/**
 * Reads one range: `prom(client, query)` when Prometheus is configured, falling back to
 * `memory(sinceSec, stepSec)`; the source says which one answered and why.
 */
export async function readRange<T>(
  sampler: MetricsSampler,
  range: UsageRange,
  memory: (sinceSec: number, stepSec: number) => T,
  prom: (client: PrometheusClient, query: RangeQuery) => Promise<T>,
  opts: SourceOptions & { client?: PrometheusClient } = {},
): Promise<Sourced<T>> {
  const rangeSec = RANGE_SECONDS[range];
  const nowSec = Math.floor((opts.now ?? Date.now()) / 1000);
  const client = opts.client ?? prometheusClient();
  let fallback: string | undefined;
  if (client) {
    const step = chooseStep(rangeSec, sampler.intervalSeconds, opts.maxPoints);
    const end = Math.floor(nowSec / step) * step;
    try {
      const data = await prom(client, { start: end - rangeSec, end, step });
      return { data, source: { kind: 'prometheus' }, stepSeconds: step };
    } catch (error) {
      if (!(error instanceof PrometheusError)) throw error;
      fallback = `${error.message}; showing kubesys's in-memory history`;
    }
  }
  const retention = sampler.retentionSeconds;
  const heldSec = Math.min(rangeSec, retention);
  const step = chooseStep(heldSec, sampler.intervalSeconds, opts.maxPoints);
  const beyond = rangeSec > retention ? `${range} needs Prometheus; kubesys keeps ${formatRetention(retention)} in memory` : undefined;
  const notice = [fallback, beyond].filter(Boolean).join('. ') || undefined;
  return {
    data: memory(nowSec - heldSec, step),
    source: { kind: 'memory', ...(notice ? { notice } : {}) },
    stepSeconds: step,
  };
}
