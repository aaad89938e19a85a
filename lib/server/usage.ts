/**
 * The `/api/usage/*` answers: a component's, a node's and the groups' CPU and memory over a range,
 * and `kubectl top`-like tables, from the sampler's memory or Prometheus. Each answer's JSON is memoized
 * per sample tick (`usageJson`), so many viewers polling at the sample interval cost one build per tick.
 */
import 'server-only';
import { z } from 'zod';
import { GROUP_IDS } from '@/lib/api/types';
import { DEFAULT_USAGE_RANGE, USAGE_RANGES } from '@/lib/api/usage';
import type {
  ComponentUsageResponse, GroupsUsageResponse, NodeUsageResponse, PodUsageSeries, Point, TopNodeRow, TopNodesResponse,
  TopPodRow, TopPodsResponse, TopSort, UsageRange, UsageSeries,
} from '@/lib/api/usage';
import { downsample, mean, roundPoints, sumByTime } from '@/lib/metrics/downsample';
import { podPattern, type WorkloadRef } from '@/lib/metrics/pod-pattern';
import { containerQueries, nodeQueries, promString, type PromSeries, type PrometheusClient, type RangeQuery } from '@/lib/metrics/prometheus';
import { componentReference } from '@/lib/metrics/reference';
import type { RingSeries } from '@/lib/metrics/ring';
import { readRange } from '@/lib/metrics/sources';
import { parseQuantity } from '@/lib/model/quantity';
import { HttpError } from './errors';
import { memoByVersion } from './memo';
import { podComponentIndex } from './pod-index';
import type { ClusterRuntime } from './runtime';

/** Per-pod lines on a component chart; the rest count in the total and in `podsOmitted`. */
export const MAX_POD_SERIES = 12;
const GROUP_TREND_POINTS = 60;
export const MAX_TOP_ROWS = 5_000;
export const DEFAULT_TOP_ROWS = 100;

/** `?range=15m|1h|6h|24h|7d` of the range answers. */
export const RANGE_QUERY = z.object({ range: z.enum(USAGE_RANGES, { error: `must be one of ${USAGE_RANGES.join(', ')}` }).default(DEFAULT_USAGE_RANGE) });

/** `?sort=cpu|memory&limit=N` of the top tables. */
export const TOP_QUERY = z.object({
  sort: z.enum(['cpu', 'memory'], { error: 'must be cpu or memory' }).default('cpu'),
  limit: z.coerce.number({ error: `must be a whole number from 1 to ${MAX_TOP_ROWS}` }).int().positive().max(MAX_TOP_ROWS).default(DEFAULT_TOP_ROWS),
});

/** One `/api/usage/*` answer, by what it asks: a component's or node's range, the groups, a top table. */
export type UsageRequest =
  | { kind: 'component'; id: string; range: UsageRange }
  | { kind: 'node'; name: string; range: UsageRange }
  | { kind: 'groups'; range: UsageRange }
  | { kind: 'top-pods' | 'top-nodes'; sort: TopSort; limit: number };

function buildUsage(runtime: ClusterRuntime, request: UsageRequest): Promise<unknown> | unknown {
  switch (request.kind) {
    case 'component':
      return componentUsage(runtime, request.id, request.range);
    case 'node':
      return nodeUsage(runtime, request.name, request.range);
    case 'groups':
      return groupsUsage(runtime, request.range);
    case 'top-pods':
      return topPods(runtime, request.sort, request.limit);
    case 'top-nodes':
      return topNodes(runtime, request.sort, request.limit);
  }
}

/** The answer's JSON, built once per sampler tick and request (concurrent callers share one build). */
export const usageJson = memoByVersion(
  async (runtime: ClusterRuntime, _now: number, request: UsageRequest): Promise<string> => JSON.stringify(await buildUsage(runtime, request)),
  { stamp: (runtime) => runtime.metrics.tick, key: (request) => JSON.stringify(request) },
);

function ringSeries(ring: RingSeries | undefined, sinceSec: number, stepSec: number, intervalSec: number): UsageSeries {
  if (!ring) return { cpu: [], memory: [] };
  const { cpu, memory } = ring.points(sinceSec);
  return compact(stepSec > intervalSec ? { cpu: downsample(cpu, stepSec), memory: downsample(memory, stepSec) } : { cpu, memory });
}

function compact(series: UsageSeries): UsageSeries {
  return { cpu: roundPoints(series.cpu, 1), memory: roundPoints(series.memory, 0) };
}

/** Prometheus CPU is in cores; the API speaks millicores. */
const toMilli = (points: Point[]): Point[] => points.map(([t, v]) => [t, v * 1000]);

async function promPair(client: PrometheusClient, q: RangeQuery, queries: { cpu: string; memory: string }): Promise<{ cpu: PromSeries[]; memory: PromSeries[] }> {
  const [cpu, memory] = await Promise.all([client.queryRange(queries.cpu, q), client.queryRange(queries.memory, q)]);
  return { cpu: cpu.map((s) => ({ ...s, points: toMilli(s.points) })), memory };
}

function single(pair: { cpu: PromSeries[]; memory: PromSeries[] }): UsageSeries {
  return compact({ cpu: pair.cpu[0]?.points ?? [], memory: pair.memory[0]?.points ?? [] });
}

/** The busiest pods first (by mean CPU), capped; returns the kept series and how many were left out. */
function busiest(pods: PodUsageSeries[]): { pods: PodUsageSeries[]; omitted: number } {
  const sorted = [...pods].sort((a, b) => mean(b.cpu) - mean(a.cpu) || a.name.localeCompare(b.name));
  return { pods: sorted.slice(0, MAX_POD_SERIES), omitted: Math.max(0, sorted.length - MAX_POD_SERIES) };
}

export async function componentUsage(runtime: ClusterRuntime, id: string, range: UsageRange): Promise<ComponentUsageResponse> {
  const sampler = runtime.metrics;
  const { history } = sampler;
  const index = podComponentIndex(runtime);
  const bucket = index.buckets.get(id);
  const remembered = history.podsOfComponent(id);
  if (!bucket && remembered.length === 0 && !history.get('component', id)) {
    throw new HttpError(404, 'NotFound', `no component "${id}" in kube-system`);
  }
  const interval = sampler.intervalSeconds;
  const isLive = (name: string) => index.byPod.get(name)?.componentId === id;
  type Data = { total: UsageSeries; pods: PodUsageSeries[]; omitted: number };
  const memory = (since: number, step: number): Data => {
    const pods = remembered
      .map(([name, s]) => ({ name, isLive: isLive(name), ...ringSeries(s.ring, since, step, interval) }))
      .filter((p) => p.cpu.length > 0);
    const top = busiest(pods);
    return { total: ringSeries(history.get('component', id)?.ring, since, step, interval), pods: top.pods, omitted: top.omitted };
  };
  const prom = async (client: PrometheusClient, q: RangeQuery): Promise<Data> => {
    const workloads = new Map<string, WorkloadRef>();
    for (const f of bucket?.pods ?? []) workloads.set(`${f.workload.kind}/${f.workload.name}`, f.workload);
    const matcher = `pod=~${promString(podPattern([...workloads.values()], remembered.map(([name]) => name)))}`;
    const [total, perPod] = await Promise.all([
      promPair(client, q, containerQueries([], matcher, q.step)),
      promPair(client, q, containerQueries(['pod'], matcher, q.step)),
    ]);
    const byPod = new Map<string, PodUsageSeries>();
    for (const [kind, list] of [['cpu', perPod.cpu], ['memory', perPod.memory]] as const) {
      for (const s of list) {
        const name = s.labels.pod ?? '';
        const pod = byPod.get(name) ?? { name, isLive: isLive(name), cpu: [], memory: [] };
        pod[kind] = roundPoints(s.points, kind === 'cpu' ? 1 : 0);
        byPod.set(name, pod);
      }
    }
    const top = busiest([...byPod.values()]);
    return { total: single(total), pods: top.pods, omitted: top.omitted };
  };
  const read = await readRange(sampler, range, memory, prom);
  return {
    component: { id, name: bucket?.name ?? id },
    range,
    stepSeconds: read.stepSeconds,
    source: read.source,
    metrics: sampler.status(),
    total: read.data.total,
    pods: read.data.pods,
    podsOmitted: read.data.omitted,
    reference: componentReference(bucket?.pods.map((f) => f.pod) ?? []),
    generatedAt: new Date().toISOString(),
  };
}

function resources(list: Record<string, string> | null | undefined): { cpu: number | null; memory: number | null } {
  const cpu = parseQuantity(list?.cpu);
  const memory = parseQuantity(list?.memory);
  return { cpu: cpu === undefined ? null : cpu * 1000, memory: memory ?? null };
}

export async function nodeUsage(runtime: ClusterRuntime, name: string, range: UsageRange): Promise<NodeUsageResponse> {
  const sampler = runtime.metrics;
  const { history } = sampler;
  const node = runtime.get('nodes', name);
  if (!node && !history.get('node', name)) throw new HttpError(404, 'NotFound', `no node "${name}"`);
  const interval = sampler.intervalSeconds;
  type Data = { usage: UsageSeries; kubeSystem: UsageSeries };
  const memory = (since: number, step: number): Data => {
    const pods = [...history.all('pod').values()].filter((s) => s.node === name).map((s) => ringSeries(s.ring, since, interval, interval));
    const kubeSystem = { cpu: sumByTime(pods.map((p) => p.cpu)), memory: sumByTime(pods.map((p) => p.memory)) };
    const down = step > interval ? { cpu: downsample(kubeSystem.cpu, step), memory: downsample(kubeSystem.memory, step) } : kubeSystem;
    return { usage: ringSeries(history.get('node', name)?.ring, since, step, interval), kubeSystem: compact(down) };
  };
  const prom = async (client: PrometheusClient, q: RangeQuery): Promise<Data> => {
    const [usage, kubeSystem] = await Promise.all([
      promPair(client, q, nodeQueries(name, q.step)),
      promPair(client, q, containerQueries([], `node=${promString(name)}`, q.step)),
    ]);
    return { usage: single(usage), kubeSystem: single(kubeSystem) };
  };
  const read = await readRange(sampler, range, memory, prom);
  return {
    node: { name },
    range,
    stepSeconds: read.stepSeconds,
    source: read.source,
    metrics: sampler.status(),
    usage: read.data.usage,
    kubeSystem: read.data.kubeSystem,
    allocatable: resources(node?.status?.allocatable),
    capacity: resources(node?.status?.capacity),
    generatedAt: new Date().toISOString(),
  };
}

export async function groupsUsage(runtime: ClusterRuntime, range: UsageRange): Promise<GroupsUsageResponse> {
  const sampler = runtime.metrics;
  const { history } = sampler;
  const interval = sampler.intervalSeconds;
  const memory = (since: number, step: number) =>
    GROUP_IDS.map((id) => ({ id, ...ringSeries(history.get('group', id)?.ring, since, step, interval) }));
  const prom = async (client: PrometheusClient, q: RangeQuery) => {
    const index = podComponentIndex(runtime);
    return Promise.all(
      GROUP_IDS.map(async (id) => {
        const workloads = new Map<string, WorkloadRef>();
        for (const bucket of index.buckets.values()) {
          if (bucket.group !== id) continue;
          for (const f of bucket.pods) workloads.set(`${f.workload.kind}/${f.workload.name}`, f.workload);
        }
        if (workloads.size === 0) return { id, cpu: [], memory: [] };
        return { id, ...single(await promPair(client, q, containerQueries([], `pod=~${promString(podPattern([...workloads.values()]))}`, q.step))) };
      }),
    );
  };
  const read = await readRange(sampler, range, memory, prom, { maxPoints: GROUP_TREND_POINTS });
  return {
    range,
    stepSeconds: read.stepSeconds,
    source: read.source,
    metrics: sampler.status(),
    groups: read.data.filter((g) => g.cpu.length > 0),
    generatedAt: new Date().toISOString(),
  };
}

function sortRows<Row extends { name: string; cpu: number; memory: number }>(rows: Row[], sort: TopSort, limit: number): Row[] {
  return rows.sort((a, b) => b[sort] - a[sort] || a.name.localeCompare(b.name)).slice(0, limit);
}

/** `kubectl top pods -n kube-system`: the newest sample of every pod, busiest first. */
export function topPods(runtime: ClusterRuntime, sort: TopSort, limit: number): TopPodsResponse {
  const { history } = runtime.metrics;
  const rows: TopPodRow[] = history.current('pod').map(([name, s]) => {
    const last = s.ring.latest();
    return { name, componentId: s.componentId, node: s.node, cpu: Math.round(last?.cpu ?? 0), memory: Math.round(last?.memory ?? 0) };
  });
  return { sort, metrics: runtime.metrics.status(), sampledAt: history.lastSampleAt, total: rows.length, rows: sortRows(rows, sort, limit) };
}

/** `kubectl top nodes`: the newest sample of every node, with percentages of allocatable. */
export function topNodes(runtime: ClusterRuntime, sort: TopSort, limit: number): TopNodesResponse {
  const { history } = runtime.metrics;
  const percent = (value: number, of: number | null) => (of ? Math.round((value / of) * 100) : null);
  const rows: TopNodeRow[] = history.current('node').map(([name, s]) => {
    const last = s.ring.latest();
    const allocatable = resources(runtime.get('nodes', name)?.status?.allocatable);
    const cpu = Math.round(last?.cpu ?? 0);
    const memory = Math.round(last?.memory ?? 0);
    return { name, cpu, memory, cpuPercent: percent(cpu, allocatable.cpu), memoryPercent: percent(memory, allocatable.memory) };
  });
  return { sort, metrics: runtime.metrics.status(), sampledAt: history.lastSampleAt, total: rows.length, rows: sortRows(rows, sort, limit) };
}
