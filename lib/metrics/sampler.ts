/**
 * The one metrics.k8s.io sampler of a cluster connection (part of its runtime, never per viewer): every
 * METRICS_INTERVAL it lists NodeMetrics and kube-system PodMetrics into the bounded history and keeps
 * the state the UI explains (absent, unavailable, forbidden, stale). It resumes by itself when metrics return.
 * What it knows of the cluster beyond metrics (which component a pod is) it is handed as functions.
 */
import 'server-only';
import type { GroupId } from '@/lib/api/types';
import type { MetricsStatus } from '@/lib/api/usage';
import type { PodMetricsState } from '@/lib/model/findings/context';
import { notServedPhrase } from '@/lib/kube/availability';
import type { Connection } from '@/lib/kube/connection';
import { describeKubeError, kubeGetJson } from '@/lib/kube/http';
import type { APIService } from '@/lib/model/k8s';
import { parseQuantity } from '@/lib/model/quantity';
import { MetricsHistory, type PodSample, type Sample } from './history';
import { metricsStatus } from './state';

/** Where a pod's usage counts: its component (the overview's `/components/<id>`), group and node. */
export interface PodRef {
  componentId: string;
  group: GroupId;
  node?: string;
}

export interface SamplerOptions {
  connection: Connection;
  intervalSeconds: number;
  retentionSeconds: number;
  /** The cluster is a replayed capture: a metrics API that is not served is "not in the capture". */
  isReplay: boolean;
  /** The component of a kube-system pod; `labels` classify one metrics-server reports before the pod watch has it. */
  podRef: (name: string, labels: Record<string, string> | undefined) => PodRef;
  /** metrics-server's pods (ready of total), when it has any: they explain missing metrics. */
  metricsServerPods: () => { ready: number; total: number } | undefined;
  /** The APIServices as last polled: the metrics APIService's Available condition explains a failure. */
  apiServices: () => readonly APIService[] | undefined;
  /** Called for every failed sample with its reason (`ServiceUnavailable`, `Forbidden`, …). */
  onError: (reason: string) => void;
}

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
/** Longest wait between attempts while metrics.k8s.io is not served, forbidden or unavailable. */
export const METRICS_BACKOFF_MAX_MS = 300_000;
/** Answers that another try in one interval will not change: not served, forbidden, the aggregated API down. */
const BACK_OFF_STATUSES = new Set([403, 404, 503]);

/**
 * The wait before the next sample: the interval, doubled for each attempt in a row that metrics.k8s.io
 * answered 404, 403 or 503 (an aggregated API whose backend is missing or down answers 503), up to
 * METRICS_BACKOFF_MAX_MS, so a cluster without metrics-server is not asked twice every interval forever.
 */
export function nextSampleDelayMs(intervalSeconds: number, refusalsInARow: number): number {
  const intervalMs = intervalSeconds * 1000;
  if (refusalsInARow === 0) return intervalMs;
  return Math.max(intervalMs, Math.min(METRICS_BACKOFF_MAX_MS, intervalMs * 2 ** Math.min(refusalsInARow, 16)));
}

/** CPU quantity (`123456n`, `250m`) in millicores and memory (`1843212Ki`) in bytes. */
export function usageOf(usage: UsageQuantities | undefined): { cpu: number; memory: number } {
  return { cpu: (parseQuantity(usage?.cpu) ?? 0) * 1000, memory: parseQuantity(usage?.memory) ?? 0 };
}

export class MetricsSampler {
  readonly history: MetricsHistory;
  readonly intervalSeconds: number;
  readonly retentionSeconds: number;
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
  /** Attempts in a row answered 404, 403 or 503: the sampler backs off while this grows. */
  refusalsInARow = 0;

  constructor(private readonly opts: SamplerOptions) {
    const { intervalSeconds, retentionSeconds } = opts;
    this.intervalSeconds = intervalSeconds;
    this.retentionSeconds = retentionSeconds;
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
      const conn = this.opts.connection;
      const [nodes, pods] = await Promise.all([
        kubeGetJson<{ items?: NodeMetrics[] }>(conn, NODE_METRICS_PATH, { timeoutMs: REQUEST_TIMEOUT_MS }),
        kubeGetJson<{ items?: PodMetrics[] }>(conn, POD_METRICS_PATH, { timeoutMs: REQUEST_TIMEOUT_MS }),
      ]);
      this.lastSample = this.toSample(now, nodes.items ?? [], pods.items ?? []);
      this.history.record(this.lastSample);
      this.error = undefined;
      this.lastSampleAt = now;
      this.refusalsInARow = 0;
    } catch (error) {
      const { status, reason, message } = describeKubeError(error);
      this.error = { status, message };
      this.refusalsInARow = BACK_OFF_STATUSES.has(status) ? this.refusalsInARow + 1 : 0;
      this.opts.onError(reason);
    } finally {
      this.lastAttemptAt = now;
      this.metricsServer = this.opts.metricsServerPods();
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
    if (this.error?.status === 404) return { ok: false, at, message: `the metrics API (metrics.k8s.io) is ${notServedPhrase(this.opts.isReplay)}` };
    if (this.error || !this.lastSample) return { ok: false, at, message: this.error?.message ?? 'no sample yet' };
    const containers = this.lastSample.pods.flatMap((pod) =>
      pod.containers.map((c) => ({ pod: pod.name, container: c.name, memoryBytes: c.memory })),
    );
    const newest = this.newestMetricAt ? { newestTimestamp: new Date(this.newestMetricAt).toISOString() } : {};
    return { ok: true, at, ...newest, containers };
  }

  status(now = Date.now()): MetricsStatus {
    return metricsStatus({
      error: this.error,
      newestMetricAt: this.newestMetricAt,
      lastSampleAt: this.lastSampleAt,
      now,
      intervalSeconds: this.intervalSeconds,
      retentionSeconds: this.retentionSeconds,
      apiServices: this.opts.apiServices(),
      metricsServer: this.metricsServer,
    });
  }

  private toSample(now: number, nodes: NodeMetrics[], pods: PodMetrics[]): Sample {
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
      const ref = this.opts.podRef(name, pod.metadata?.labels);
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
    this.timer = setTimeout(() => void this.loop(), nextSampleDelayMs(this.intervalSeconds, this.refusalsInARow));
    this.timer.unref?.();
  }
}
