/**
 * Tests of the server side: a demo cluster (with fault injection) and the process's cluster runtime pointed at
 * it over real HTTPS, plus the comparisons the tests share (cache vs a fresh LIST, request counts).
 */
import { startSim, type RunningSim, type SimOptions } from '@/sim/index';
import type { FaultConfig } from '@/sim/server/faults';
import type { RequestLogEntry } from '@/sim/server/request-log';
import type { StatsSnapshot } from '@/sim/server/stats';
import { resetConfigForTests } from '@/lib/config';
import { kubeGetJson } from '@/lib/kube/http';
import type { KubeObject } from '@/lib/kube/informer';
import { collectionPath, CACHED_RESOURCES } from '@/lib/kube/resources';
import type { ClusterRuntime } from '@/lib/server/runtime';
import { resetRuntimesForTests, runtimeFor } from '@/lib/server/runtimes';
import { englishLine } from '@/lib/kube/problem-english';

export interface SimRuntime {
  sim: RunningSim;
  runtime: ClusterRuntime;
  /** Change faults through the loopback admin endpoint, as an operator of the demo would. */
  setFaults(patch: Partial<FaultConfig>): Promise<void>;
  resetFaults(): Promise<void>;
  stats(): Promise<StatsSnapshot>;
  resetStats(): Promise<void>;
  dropWatches(): Promise<void>;
  /** The demo cluster's request log (every request with its status and identity), oldest first. */
  requests(): Promise<RequestLogEntry[]>;
  /** Any admin route, e.g. `admin('/auth/revoke', 'POST')`. */
  admin(path: string, method: string, body?: unknown): Promise<unknown>;
  /** Per kind, the kinds whose cached objects differ from a fresh LIST (names and resourceVersions). */
  differences(): Promise<string[]>;
  close(): Promise<void>;
}

export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`${what} not met within ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** name → resourceVersion. */
function versions(items: readonly { metadata?: { name?: string; resourceVersion?: string } | null }[]): Map<string, string> {
  return new Map(items.map((item) => [item.metadata?.name ?? '', item.metadata?.resourceVersion ?? '']));
}

/** Sum of the LIST and WATCH requests in a stats snapshot (what a reconnect storm would inflate). */
export function listAndWatchRequests(stats: StatsSnapshot): number {
  return Object.entries(stats.requests.byKey)
    .filter(([key]) => key.startsWith('LIST ') || key.startsWith('WATCH '))
    .reduce((sum, [, n]) => sum + n, 0);
}

/**
 * Start a demo cluster and the cluster runtime against it. `env` sets the app's configuration (e.g.
 * FORBIDDEN_RETRY_MS, or from the running sim: KUBESYS_CAPTURED_AT) before the runtime is created; the caller
 * awaits the first sync when it wants one. `close` puts the variables back as they were.
 */
export async function startSimRuntime(
  name: string,
  opts: SimOptions = {},
  env: Record<string, string> | ((sim: RunningSim) => Record<string, string>) = {},
): Promise<SimRuntime> {
  const sim = await startSim({ port: 0, nodes: 4, seed: 3, kubeconfig: `.sim/${name}.kubeconfig`, quiet: true, ...opts });
  process.env.KUBECONFIG = sim.kubeconfigPath;
  const previous = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(typeof env === 'function' ? env(sim) : env)) {
    previous.set(key, process.env[key]);
    process.env[key] = value;
  }
  resetConfigForTests();
  resetRuntimesForTests();
  const result = runtimeFor();
  if (!result.ok) throw new Error(englishLine(result.problem));
  const runtime = result.runtime;
  const admin = async (path: string, method: string, body?: unknown) => {
    const response = await fetch(`${sim.adminUrl}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`admin ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    sim,
    runtime,
    setFaults: async (patch) => void (await admin('/faults', 'PUT', patch)),
    resetFaults: async () => void (await admin('/faults/reset', 'POST')),
    stats: () => admin('/stats', 'GET') as Promise<StatsSnapshot>,
    resetStats: async () => void (await admin('/stats/reset', 'POST')),
    dropWatches: async () => void (await admin('/watches/drop', 'POST')),
    requests: async () => ((await admin('/requests', 'GET')) as { entries: RequestLogEntry[] }).entries,
    admin,
    differences: async () => {
      const out: string[] = [];
      for (const def of CACHED_RESOURCES) {
        const fresh = versions((await kubeGetJson<{ items: KubeObject[] }>(runtime.connection, collectionPath(def))).items);
        const cached = versions(runtime.list(def.key));
        const same = fresh.size === cached.size && [...fresh].every(([n, rv]) => cached.get(n) === rv);
        if (!same) out.push(def.key);
      }
      return out;
    },
    close: async () => {
      resetRuntimesForTests();
      await sim.close();
      for (const [key, value] of previous) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      resetConfigForTests();
    },
  };
}
