/**
 * Usage history from a real Prometheus (Debian's /usr/bin/prometheus) scraping the demo cluster's
 * cAdvisor-style endpoint every second: the component and node usage read it through query_range,
 * and fall back to kubesys's memory (saying so) once Prometheus is stopped. Also the in-memory sampler
 * against the demo cluster: it samples, attributes pods to components and reports the degraded 503.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import type { ClusterRuntime } from './runtime';
import { resetRuntimesForTests, runtimeFor } from './runtimes';
import { startSim, type RunningSim } from '@/sim/index';
import { componentUsage, nodeUsage, topPods } from './usage';
import { englishLine } from '@/lib/kube/problem-english';

/** Fixed unless PROMETHEUS_TEST_PORT says otherwise, so two checkouts can test side by side. */
const PROMETHEUS_PORT = Number(process.env.PROMETHEUS_TEST_PORT ?? 9490);
const PROMETHEUS_URL = `http://127.0.0.1:${PROMETHEUS_PORT}`;

let sim: RunningSim;
let runtime: ClusterRuntime;
let prometheus: ChildProcess | undefined;
let dir: string;

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`condition not met in time${last ? `: ${String(last)}` : ''}`);
}

async function stopPrometheus(): Promise<void> {
  if (!prometheus || prometheus.exitCode !== null) return;
  const exited = new Promise((resolve) => prometheus!.once('exit', resolve));
  prometheus.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kubesys-prom-'));
  sim = await startSim({ port: 0, nodes: 3, seed: 7, kubeconfig: join(dir, 'kubeconfig'), quiet: true });
  const admin = new URL(sim.adminUrl);
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      'scrape_configs:',
      '  - job_name: kubelet-cadvisor',
      '    metrics_path: /metrics/cadvisor',
      `    static_configs: [{ targets: ["${admin.host}"] }]`,
    ].join('\n'),
  );
  prometheus = spawn(
    '/usr/bin/prometheus',
    [`--config.file=${join(dir, 'prometheus.yml')}`, `--web.listen-address=127.0.0.1:${PROMETHEUS_PORT}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`],
    { stdio: 'ignore' },
  );
  Object.assign(process.env, { KUBECONFIG: sim.kubeconfigPath, PROMETHEUS_URL, METRICS_INTERVAL: '1', METRICS_RETENTION: '10m' });
  resetConfigForTests();
  resetRuntimesForTests();
  const result = runtimeFor();
  if (!result.ok) throw new Error(englishLine(result.problem));
  runtime = result.runtime;
  await runtime.waitForSync(20_000);
});

afterAll(async () => {
  resetRuntimesForTests();
  await stopPrometheus();
  await sim?.close();
  for (const key of ['PROMETHEUS_URL', 'METRICS_INTERVAL', 'METRICS_RETENTION']) delete process.env[key];
  resetConfigForTests();
  rmSync(dir, { recursive: true, force: true });
});

describe('usage history from Prometheus', () => {
  it("reads CoreDNS's pods and total from query_range over cAdvisor's series", async () => {
    const usage = await eventually(async () => {
      const u = await componentUsage(runtime, 'coredns', '15m');
      return u.source.kind === 'prometheus' && u.total.cpu.length >= 2 && u.pods.length === 2 ? u : undefined;
    });
    expect(usage.stepSeconds).toBe(15);
    expect(usage.pods.map((p) => p.name).every((name) => name.startsWith('coredns-'))).toBe(true);
    expect(usage.total.cpu.at(-1)![1]).toBeGreaterThan(0);
    // Memory is the same gauge the metrics API serves: the pods' sum equals the total.
    const last = (points: [number, number][]) => points.at(-1)![1];
    const lastTotal = last(usage.total.memory);
    expect(usage.pods.reduce((sum, p) => sum + last(p.memory), 0)).toBeCloseTo(lastTotal, -3);
    expect(lastTotal).toBeGreaterThan(10 * 2 ** 20);
    expect(usage.reference.cpuRequests).toBeGreaterThan(0);
  });

  it("reads a node's root cgroup and its kube-system pods", async () => {
    const usage = await eventually(async () => {
      const u = await nodeUsage(runtime, 'worker-1', '1h');
      return u.source.kind === 'prometheus' && u.usage.memory.length > 0 && u.kubeSystem.memory.length > 0 ? u : undefined;
    });
    expect(usage.usage.memory.at(-1)![1]).toBeGreaterThan(usage.kubeSystem.memory.at(-1)![1]);
    expect(usage.allocatable.cpu).toBeGreaterThan(0);
  });

  it('falls back to memory, saying why, when Prometheus is stopped', async () => {
    await stopPrometheus();
    const usage = await componentUsage(runtime, 'coredns', '6h');
    expect(usage.source.kind).toBe('memory');
    expect(usage.source.notice).toMatch(new RegExp(`Prometheus at http://127\\.0\\.0\\.1:${PROMETHEUS_PORT} is unreachable \\(ECONNREFUSED\\)`));
    expect(usage.source.notice).toMatch(/6h needs Prometheus; kubesys keeps 10m in memory/);
    expect(usage.total.cpu.length).toBeGreaterThan(0);
    expect(usage.pods).toHaveLength(2);
  });
});

describe('the in-memory sampler against the demo cluster', () => {
  it('samples nodes and kube-system pods and attributes pods to components', async () => {
    await eventually(async () => (runtime.metrics.history.samples >= 2 ? true : undefined));
    expect(runtime.metrics.status().state).toBe('ok');
    const top = topPods(runtime, 'cpu', 500);
    expect(top.total).toBeGreaterThan(10);
    expect(top.rows.find((r) => r.name.startsWith('coredns-'))?.componentId).toBe('coredns');
    const nodes = runtime.list('nodes').map((n) => n.metadata?.name).sort();
    expect(nodes).toHaveLength(3);
    expect(runtime.metrics.history.current('node').map(([name]) => name).sort()).toEqual(nodes);
  });

  it("gives the findings each container's memory in bytes and the newest sample's time", () => {
    const latest = runtime.metrics.latestPodMetrics();
    expect(latest?.ok).toBe(true);
    if (!latest?.ok) return;
    const coredns = latest.containers.find((c) => c.pod.startsWith('coredns-') && c.container === 'coredns');
    expect(coredns?.memoryBytes).toBeGreaterThan(1024 * 1024);
    expect(Date.parse(latest.newestTimestamp ?? '')).toBeGreaterThan(Date.now() - 120_000);
  });
});
