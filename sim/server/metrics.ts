/**
 * metrics.k8s.io/v1beta1 (what metrics-server serves through the aggregator): NodeMetrics and PodMetrics
 * lists and gets from `source.metrics(now)`, with label selectors; a registered-but-down backend is 503.
 */
import type { ServerResponse } from 'node:http';
import type { KObject } from '../types';
import type { ServerContext } from './context';
import { apiResourceList, METRICS_GROUP, METRICS_VERSION } from './discovery';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { notFoundObject, notFoundPath, sendJson, serviceUnavailable } from './status';

const API_VERSION = `${METRICS_GROUP}/${METRICS_VERSION}`;

/** Which metrics collection a path names: `nodes[/n]`, `pods`, `namespaces/<ns>/pods[/p]`. */
export interface MetricsPath {
  resource: 'nodes' | 'pods';
  namespace?: string;
  name?: string;
}

export function parseMetricsPath(rest: string[]): MetricsPath | 'discovery' | undefined {
  if (rest.length === 0) return 'discovery';
  if (rest[0] === 'nodes' && rest.length <= 2) return { resource: 'nodes', name: rest[1] };
  if (rest[0] === 'pods' && rest.length === 1) return { resource: 'pods' };
  if (rest[0] === 'namespaces' && rest[2] === 'pods' && rest.length <= 4) return { resource: 'pods', namespace: rest[1], name: rest[3] };
  return undefined;
}

/** The stats key of a metrics request (`LIST pods.metrics.k8s.io`). */
export function metricsStatsKey(p: MetricsPath | 'discovery'): string {
  if (p === 'discovery') return `GET /apis/${API_VERSION}`;
  return `${p.name ? 'GET' : 'LIST'} ${p.resource}.${METRICS_GROUP}`;
}

/**
 * Serve a metrics.k8s.io request. `metrics()` null → 404 (group absent, as without metrics-server);
 * `{unavailable}` → 503 ServiceUnavailable, as the aggregator answers when the APIService is down.
 */
export function handleMetrics(ctx: ServerContext, p: MetricsPath | 'discovery', query: URLSearchParams, res: ServerResponse): void {
  const snapshot = ctx.source.metrics?.(Date.now()) ?? null;
  if (snapshot === null) throw notFoundPath();
  if ('unavailable' in snapshot) throw serviceUnavailable(snapshot.unavailable);
  if (p === 'discovery') return sendJson(res, 200, apiResourceList(ctx, METRICS_GROUP, METRICS_VERSION));
  let items: KObject[] = p.resource === 'nodes' ? snapshot.nodes : snapshot.pods;
  if (p.namespace !== undefined) items = items.filter((m) => m.metadata.namespace === p.namespace);
  if (p.name !== undefined) {
    const found = items.find((m) => m.metadata.name === p.name);
    if (!found) throw notFoundObject(METRICS_GROUP, p.resource, p.name);
    return sendJson(res, 200, found);
  }
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'), ['metadata.name', 'metadata.namespace']);
  if (labels) items = items.filter((m) => labels(m.metadata.labels));
  if (fields) items = items.filter((m) => fields({ 'metadata.name': m.metadata.name, 'metadata.namespace': m.metadata.namespace ?? '' }));
  const kind = p.resource === 'nodes' ? 'NodeMetricsList' : 'PodMetricsList';
  sendJson(res, 200, { kind, apiVersion: API_VERSION, metadata: {}, items });
}
