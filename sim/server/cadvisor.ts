/**
 * `GET /metrics/cadvisor` on the admin port: the simulated pods' and nodes' usage in Prometheus text
 * format, as a kubelet's cAdvisor endpoint serves it to Prometheus — `container_cpu_usage_seconds_total`
 * (a counter: the metrics API's usage integrated over time) and `container_memory_working_set_bytes`,
 * labelled namespace/pod/container/node, plus each node's root cgroup (`id="/"`). Values come from the
 * same `source.metrics(now)` the metrics API serves.
 */
import type { ClusterSource, KObject } from '../types';
import type { AdminHandler } from './admin';
import { quantityValue } from './quantity';

interface Counter {
  seconds: number;
  at: number;
}

const HELP = [
  '# HELP container_cpu_usage_seconds_total Cumulative cpu time consumed in seconds.',
  '# TYPE container_cpu_usage_seconds_total counter',
  '# HELP container_memory_working_set_bytes Current working set in bytes.',
  '# TYPE container_memory_working_set_bytes gauge',
];

const label = (value: string) => JSON.stringify(value);

function labels(set: Record<string, string>): string {
  return `{${Object.entries(set).map(([k, v]) => `${k}=${label(v)}`).join(',')}}`;
}

/**
 * The exposition as a function of time: each call integrates every series' current CPU over the time
 * since the previous call, so the counter's rate is the metrics API's usage. Series gone from the
 * metrics (a deleted pod, a down node) end, as cAdvisor's do.
 */
export function createCadvisorExposition(source: ClusterSource, nodeOfPod: (name: string) => string | undefined): (now: number) => string {
  const counters = new Map<string, Counter>();
  const integrate = (key: string, cores: number, now: number): number => {
    const c = counters.get(key) ?? { seconds: 0, at: now };
    c.seconds += (cores * Math.max(0, now - c.at)) / 1000;
    c.at = now;
    counters.set(key, c);
    return c.seconds;
  };
  return (now) => {
    const snap = source.metrics?.(now);
    const lines = [...HELP];
    const seen = new Set<string>();
    const emit = (set: Record<string, string>, usage: { cpu?: string; memory?: string } | undefined) => {
      const key = labels(set);
      seen.add(key);
      const cores = quantityValue(usage?.cpu) ?? 0;
      lines.push(`container_cpu_usage_seconds_total${key} ${integrate(key, cores, now).toFixed(6)}`);
      lines.push(`container_memory_working_set_bytes${key} ${Math.round(quantityValue(usage?.memory) ?? 0)}`);
    };
    if (snap && !('unavailable' in snap)) {
      for (const node of snap.nodes) emit({ id: '/', node: node.metadata.name }, (node as KObject & { usage?: { cpu?: string; memory?: string } }).usage);
      for (const pod of snap.pods) {
        const name = pod.metadata.name;
        const node = nodeOfPod(name) ?? '';
        const containers = (pod as KObject & { containers?: { name: string; usage?: { cpu?: string; memory?: string } }[] }).containers ?? [];
        for (const c of containers) {
          emit({ container: c.name, id: `/kubepods/pod-${name}/${c.name}`, namespace: pod.metadata.namespace ?? 'kube-system', node, pod: name }, c.usage);
        }
      }
    }
    for (const key of counters.keys()) if (!seen.has(key)) counters.delete(key);
    return `${lines.join('\n')}\n`;
  };
}

/** The admin route serving the exposition with Prometheus's text content type. */
export function cadvisorRoute(expose: (now: number) => string): AdminHandler {
  return (_req, res) => {
    const body = expose(Date.now());
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
}
