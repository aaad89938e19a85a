/**
 * Every real capture, replayed by the demo cluster and read through real HTTPS by the shared cache,
 * lands pod for pod in the components the captures are expected to yield, and is shown as what it is: a
 * snapshot taken at a time, whose missing kinds and health are unknown (never empty, never invented), with
 * no finding raised from what it lacks. And the live demo's healthy and degraded scenarios read as an
 * operator would expect.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUP_IDS } from '@/lib/api/types';
import type { ClusterRuntime } from '@/lib/server/runtime';
import { CACHED_RESOURCES } from '@/lib/kube/resources';
import { buildComponents } from '@/lib/model/components';
import { EXPECTED, EXPECTED_REPLAY_FINDINGS } from '@/test/capture-expectations';
import { CAPTURES_DIR, listCaptures } from '@/test/captures';
import { eventually, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import type { SimOptions } from '@/sim/index';
import { readFindings } from './findings';
import { healthJson } from './health';
import { overviewJson } from './overview';
import { readSnapshot } from './snapshot';

const CORE = ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager'];
let t: SimRuntime | undefined;

async function connect(options: SimOptions): Promise<ClusterRuntime> {
  // As `npm run demo -- --dump` does: the capture's time goes to the dashboard in its configuration.
  t = await startSimRuntime(`replay-test-${process.pid}`, options, (sim): Record<string, string> => (sim.source.capturedAt ? { KUBESYS_CAPTURED_AT: sim.source.capturedAt } : {}));
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
  return t.runtime;
}

afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe.each(listCaptures())('capture %s replayed over HTTPS', (capture) => {
  it('puts every kube-system pod in exactly one of the expected components', async () => {
    const runtime = await connect({ dump: path.join(CAPTURES_DIR, capture) });
    const snapshot = readSnapshot(runtime);
    const components = buildComponents(snapshot, Date.now());
    const podNames = components.flatMap((c) => c.pods.map((p) => p.name)).sort();
    expect(podNames).toEqual(snapshot.pods.map((p) => p.metadata?.name ?? '').sort());
    expect(snapshot.pods.length).toBeGreaterThan(0);
    for (const group of GROUP_IDS) {
      const want = EXPECTED[capture]?.[group] ?? (group === 'control-plane' ? CORE : []);
      expect(components.filter((c) => c.group === group).map((c) => c.id).sort(), `${capture} ${group}`).toEqual([...want].sort());
    }
    for (const c of components) {
      expect(GROUP_IDS, c.id).toContain(c.group);
      expect(c.recognition.evidence.length, `${c.id} states how it was recognised`).toBeGreaterThan(0);
    }
  });

  it('is a snapshot: its time is shown, the kinds it lacks are unknown, and nothing is raised from them', async () => {
    const dir = path.join(CAPTURES_DIR, capture);
    const runtime = await connect({ dump: dir });
    const has = (file: string) => ['.json', '.yaml'].some((ext) => existsSync(path.join(dir, file + ext)));
    const captured = (key: string, plural: string, namespace?: string) => has(namespace === 'kube-system' ? `kube-system/${plural}` : namespace ? `${namespace}/${plural}` : key === 'nodes' ? 'nodes' : plural);
    const lacking = CACHED_RESOURCES.filter((d) => !captured(d.key, d.plural, d.namespace)).map((d) => d.key).sort();
    // Optional kinds settle on their own 404 soon after readiness; discovery settles them all at once.
    await runtime.cache.recheckDiscovery();
    const overview = JSON.parse(overviewJson(runtime)) as { freshness: { capturedAt?: string; unavailable: { kind: string; message: string }[] } };
    expect(overview.freshness.capturedAt).toBe(t!.sim.source.capturedAt);
    expect(overview.freshness.capturedAt).toMatch(/^20\d\d-/);
    expect(overview.freshness.unavailable.map((u) => u.kind).sort()).toEqual(lacking);
    for (const u of overview.freshness.unavailable) expect(u.message, u.kind).toMatch(/^not in the capture/);

    // Health that was not captured reads "not in the capture", never invented checks.
    await eventually(() => runtime.health.state.readyz !== undefined && runtime.health.state.apiServices !== undefined, 10_000, 'the first health poll');
    const health = JSON.parse(healthJson(runtime)) as { readyz: { notServed?: string; checks: unknown[] }; livez: { notServed?: string }; apiServices: { notServed?: string } };
    expect(health.readyz).toMatchObject({ checks: [], notServed: expect.stringMatching(/^not in the capture/) });
    expect(health.livez.notServed).toMatch(/^not in the capture/);
    expect(health.apiServices.notServed).toMatch(/^not in the capture/);

    // Until the metrics sampler's first attempt, memory is honestly unchecked; a busy machine delays it.
    await eventually(() => runtime.metrics.latestPodMetrics() !== undefined, 10_000, 'the first metrics sample');
    const { findings, unavailable } = await readFindings(runtime, {});
    const ids = findings.map((f) => f.id);
    const raised = findings.filter((f) => f.severity !== 'info' && f.id !== 'updates/eol').map((f) => f.id).sort();
    const unchecked = ids.filter((id) => id.endsWith('-unchecked') && !/^(dns\/probe|apiserver\/serving-cert)-/.test(id)).sort();
    expect({ raised, unchecked }).toEqual(EXPECTED_REPLAY_FINDINGS[capture]);
    expect(unavailable.map((u) => u.kind)).toEqual(expect.arrayContaining([...lacking, 'readyz', 'livez', 'apiservices']));
  });
});

describe('the live demo cluster', () => {
  it('healthy: every component healthy, with kubelet covering every node', async () => {
    const runtime = await connect({ nodes: 6, seed: 11, scenario: 'healthy' });
    // waitForSync waits for the required kinds only; Jobs and CronJobs are optional and may list later.
    await eventually(() => (['jobs', 'cronjobs'] as const).every((key) => runtime.cache.informers.get(key)?.hasSynced), 20_000, 'Jobs and CronJobs listed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const snapshot = readSnapshot(runtime);
    const components = buildComponents(snapshot, Date.now());
    for (const c of components) expect(`${c.id}: ${c.status}`).toBe(`${c.id}: healthy`);
    expect(components.find((c) => c.id === 'kubelet')!.nodes).toHaveLength(6);
    expect([snapshot.cronJobs?.length, snapshot.jobs?.length]).toEqual([1, 3]);
    expect(components.find((c) => c.id === 'etcd-backup')).toMatchObject({
      group: 'control-plane', workload: 'CronJob', podCount: 3, reasons: ['3 jobs completed'],
      recognition: { by: 'shape', evidence: ['named like a control-plane component (etcd-backup)', 'CronJob, runs to completion'] },
    });
  });

  it('degraded: CoreDNS crash-looping, a NotReady worker, its DaemonSet pods missing', async () => {
    const runtime = await connect({ nodes: 6, seed: 11, scenario: 'degraded' });
    const byId = new Map(buildComponents(readSnapshot(runtime), Date.now()).map((c) => [c.id, c]));
    expect(byId.get('coredns')).toMatchObject({ status: 'degraded', readyCount: 1, podCount: 2 });
    expect(byId.get('coredns')!.reasons[0]).toMatch(/^1 of 2 pods ready: coredns-[a-z0-9-]+ CrashLoopBackOff, \d+ restarts/);
    expect(byId.get('kubelet')!.status).not.toBe('healthy');
    expect(byId.get('kubelet')!.reasons.join(' ')).toMatch(/worker-5 NotReady/);
    expect(byId.get('kube-proxy')!.status).toBe('degraded');
    expect(byId.get('calico')!.status).toBe('degraded');
    expect(byId.get('metrics-server')!.status).not.toBe('healthy');
    expect(byId.get('etcd')!.status).toBe('healthy');
    expect(byId.get('etcd-backup')).toMatchObject({ group: 'control-plane', status: 'degraded' });
    expect(byId.get('etcd-backup')!.reasons).toEqual([expect.stringMatching(/^last run etcd-backup-\d+ failed( \(BackoffLimitExceeded\))?: exit code 1 \(Error\)$/)]);
  });
});
