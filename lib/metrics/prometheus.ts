/**
 * Reads usage history from Prometheus (`/api/v1/query_range`) over the series real clusters scrape:
 * cAdvisor's `container_cpu_usage_seconds_total` (a counter, read as a rate) and
 * `container_memory_working_set_bytes`, labelled namespace/pod/container, and per node the root cgroup
 * (`id="/"`, labelled `node` as the Prometheus Operator's kubelet job does). Server-only I/O plus pure parsing.
 */
import type { Point } from '@/lib/api/usage';

export interface PromSeries {
  labels: Record<string, string>;
  points: Point[];
}

export class PrometheusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrometheusError';
  }
}

interface MatrixBody {
  status?: string;
  error?: string;
  errorType?: string;
  data?: { resultType?: string; result?: { metric?: Record<string, string>; values?: [number, string][] }[] };
}

/** A `query_range` answer as series of numeric points; NaN and ±Inf samples (Prometheus sends them as strings) are dropped. */
export function parseMatrix(body: unknown): PromSeries[] {
  const b = body as MatrixBody;
  if (b?.status !== 'success') throw new PrometheusError(`Prometheus answered ${b?.errorType ?? 'an error'}: ${b?.error ?? 'no data'}`);
  if (b.data?.resultType !== 'matrix') throw new PrometheusError(`expected a matrix, got ${b.data?.resultType ?? 'nothing'}`);
  return (b.data.result ?? []).map((r) => ({
    labels: r.metric ?? {},
    points: (r.values ?? []).flatMap(([t, v]): Point[] => {
      const value = Number(v);
      return Number.isFinite(value) ? [[Math.round(t), value]] : [];
    }),
  }));
}

/** Label values inside a PromQL string literal. */
export function promString(value: string): string {
  return JSON.stringify(value);
}

const KUBE_SYSTEM_CONTAINERS = 'namespace="kube-system",container!="",container!="POD"';

/**
 * PromQL for kube-system containers' CPU (cores, from the counter's rate) and working-set memory
 * (bytes), summed `by` the given labels and filtered by extra matchers (`pod=~"…"`, `node="…"`).
 * The rate window is at least 2m (four scrapes at the usual 30s) and never shorter than the step.
 */
export function containerQueries(by: string[], matchers: string, stepSec: number): { cpu: string; memory: string } {
  const selector = `{${KUBE_SYSTEM_CONTAINERS}${matchers ? `,${matchers}` : ''}}`;
  const window = `${Math.max(120, stepSec)}s`;
  const sum = by.length ? `sum by (${by.join(', ')})` : 'sum';
  return {
    cpu: `${sum} (rate(container_cpu_usage_seconds_total${selector}[${window}]))`,
    memory: `${sum} (container_memory_working_set_bytes${selector})`,
  };
}

/** PromQL for a node's whole usage: cAdvisor's root cgroup (`id="/"`) on that node. */
export function nodeQueries(node: string, stepSec: number): { cpu: string; memory: string } {
  const selector = `{id="/",node=${promString(node)}}`;
  return {
    cpu: `sum(rate(container_cpu_usage_seconds_total${selector}[${Math.max(120, stepSec)}s]))`,
    memory: `sum(container_memory_working_set_bytes${selector})`,
  };
}

export interface RangeQuery {
  start: number;
  end: number;
  step: number;
}

export class PrometheusClient {
  constructor(
    readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  /** One `query_range`; throws PrometheusError when Prometheus is unreachable or answers an error. */
  async queryRange(query: string, range: RangeQuery): Promise<PromSeries[]> {
    const url = new URL('api/v1/query_range', this.url.endsWith('/') ? this.url : `${this.url}/`);
    const form = new URLSearchParams({ query, start: String(range.start), end: String(range.end), step: `${range.step}s` });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new PrometheusError(`Prometheus at ${this.url} is unreachable (${cause ?? (error as Error).message})`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!body) throw new PrometheusError(`Prometheus at ${this.url} answered ${response.status} without JSON`);
    return parseMatrix(body);
  }
}
