/**
 * The one metrics.k8s.io sampler of the process (owned by the shared cache, never per viewer): every
 * METRICS_INTERVAL it lists NodeMetrics and kube-system PodMetrics into the bounded history and keeps
 * the state the UI explains (absent, unavailable, forbidden, stale). It resumes by itself when metrics return.
 */
import 'server-only';
import type { MetricsStatus } from '@/lib/api/usage';
import type { PodMetricsState } from '@/lib/model/findings/context';
import { notServedPhrase } from '@/lib/kube/availability';
import type { ClusterCache } from '@/lib/kube/cache';
import { describeKubeError, kubeGetJson } from '@/lib/kube/http';
import { parseQuantity } from '@/lib/model/quantity';
import { MetricsHistory, type PodSample, type Sample } from './history';
import { podComponentIndex } from './pod-index';
import { metricsStatus } from './state';

/** metrics.k8s.io/v1beta1 NodeMetrics and PodMetrics, as far as the sampler reads them. */
interface UsageQuantities {
  cpu?: string;
  memory?: string;
}
interface NodeMetrics {
  metadata?: { name?: string };
  timestamp?: string;
  usage?: UsageQuantities;
}
interface PodMetrics {
  metadata?: { name?: string; labels?: Record<string, string> };
  timestamp?: string;
  containers?: { name?: string; usage?: UsageQuantities }[];
}

const NODE_METRICS_PATH = '/apis/metrics.k8s.io/v1beta1/nodes';
const POD_METRICS_PATH = '/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods';
const REQUEST_TIMEOUT_MS = 20_000;

/** CPU quantity (`123456n`, `250m`) in millicores and memory (`1843212Ki`) in bytes. */
export function usageOf(usage: UsageQuantities | undefined): { cpu: number; memory: number } {
  return { cpu: (parseQuantity(usage?.cpu) ?? 0) * 1000, memory: parseQuantity(usage?.memory) ?? 0 };
}

export class MetricsSampler {
  readonly history: MetricsHistory;
  /** Bumped after every attempt, failed or not: readers memoize per tick. */
  tick = 0;
  private error?: { status: number; message: string };
  private lastSampleAt?: number;
  private lastAttemptAt?: number;
  private lastSample?: Sample;
  private newestMetricAt?: number;
  private metricsServer?: { ready: number; total: number };
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly cache: ClusterCache,
    readonly intervalSeconds: number,
    readonly retentionSeconds: number,
  ) {
    this.history = new MetricsHistory(Math.max(1, Math.ceil(retentionSeconds / intervalSeconds)), retentionSeconds);
  }

  start(): void {
    this.stopped = false;
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Reads both metrics lists once and records them; a failure only changes the state. */
  async sampleOnce(now = Date.now()): Promise<void> {
    try {
      const conn = this.cache.connection;
      const [nodes, pods] = await Promise.all([
        kubeGetJson<{ items?: NodeMetrics[] }>(conn, NODE_METRICS_PATH, { timeoutMs: REQUEST_TIMEOUT_MS }),
        kubeGetJson<{ items?: PodMetrics[] }>(conn, POD_METRICS_PATH, { timeoutMs: REQUEST_TIMEOUT_MS }),
      ]);
      this.lastSample = this.toSample(now, nodes.items ?? [], pods.items ?? []);
      this.history.record(this.lastSample);
      this.error = undefined;
      this.lastSampleAt = now;
    } catch (error) {
      const { status, reason, message } = describeKubeError(error);
      this.error = { status, message };
      void import('@/lib/observability/metrics').then(({ getAppMetrics }) => getAppMetrics().samplerErrors.inc({ reason }));
    } finally {
      this.lastAttemptAt = now;
      this.metricsServer = podComponentIndex(this.cache).metricsServer;
      this.tick += 1;
    }
  }

  /**
   * kube-system container memory as last sampled, and the newest sample's timestamp, for the findings
   * that judge usage against limits and staleness (one reader of metrics.k8s.io per process: this one).
   */
  latestPodMetrics(): PodMetricsState | undefined {
    if (this.lastAttemptAt === undefined) return undefined;
    const at = new Date(this.lastAttemptAt).toISOString();
    // 404: metrics.k8s.io is not served (no metrics-server, or a capture without metrics), which is no failure.
    if (this.error?.status === 404) return { ok: false, at, message: `the metrics API (metrics.k8s.io) is ${notServedPhrase(Boolean(this.cache.capturedAt))}` };
    if (this.error || !this.lastSample) return { ok: false, at, message: this.error?.message ?? 'no sample yet' };
    const containers = this.lastSample.pods.flatMap((pod) =>
      pod.containers.map((c) => ({ pod: pod.name, container: c.name, memoryBytes: c.memory })),
    );
    const newest = this.newestMetricAt ? { newestTimestamp: new Date(this.newestMetricAt).toISOString() } : {};
    return { ok: true, at, ...newest, containers };
  }

  status(now = Date.now()): MetricsStatus {
    const apiServices = this.cache.health.state.apiServices;
    return metricsStatus({
      error: this.error,
      newestMetricAt: this.newestMetricAt,
      lastSampleAt: this.lastSampleAt,
      now,
      intervalSeconds: this.intervalSeconds,
      retentionSeconds: this.retentionSeconds,
      apiServices: apiServices?.ok ? (apiServices.value as never[]) : undefined,
      metricsServer: this.metricsServer,
    });
  }

  private toSample(now: number, nodes: NodeMetrics[], pods: PodMetrics[]): Sample {
    const index = podComponentIndex(this.cache);
    let newest = 0;
    const seen = (timestamp: string | undefined) => {
      const t = Date.parse(timestamp ?? '');
      if (t > newest) newest = t;
    };
    const sample: Sample = { at: now, nodes: [], pods: [] };
    for (const node of nodes) {
      if (!node.metadata?.name) continue;
      seen(node.timestamp);
      sample.nodes.push({ name: node.metadata.name, ...usageOf(node.usage) });
    }
    for (const pod of pods) {
      const name = pod.metadata?.name;
      if (!name) continue;
      seen(pod.timestamp);
      const ref = index.byPod.get(name) ?? index.classify(name, pod.metadata?.labels);
      const containers = (pod.containers ?? []).map((c) => ({ name: c.name ?? '', ...usageOf(c.usage) }));
      const podSample: PodSample = { name, node: ref.node, componentId: ref.componentId, group: ref.group, containers };
      sample.pods.push(podSample);
    }
    if (newest > 0) this.newestMetricAt = newest;
    return sample;
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    await this.sampleOnce();
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.loop(), this.intervalSeconds * 1000);
    this.timer.unref?.();
  }
}
