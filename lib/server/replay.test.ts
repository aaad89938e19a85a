/**
 * Every real capture, replayed by the demo cluster and read through real HTTPS by the shared cache,
 * lands pod for pod in the components the captures are expected to yield; and the live demo's healthy
 * and degraded scenarios read as an operator would expect.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUP_IDS } from '@/lib/api/types';
import type { ClusterCache } from '@/lib/kube/cache';
import { buildComponents } from '@/lib/model/components';
import { EXPECTED } from '@/lib/testing/capture-expectations';
import { CAPTURES_DIR, listCaptures } from '@/lib/testing/captures';
import { eventually, startSimCache, type SimCache } from '@/lib/testing/sim-cache';
import type { SimOptions } from '@/sim/index';
import { readSnapshot } from './snapshot';

const CORE = ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager'];
let t: SimCache | undefined;

async function connect(options: SimOptions): Promise<ClusterCache> {
  t = await startSimCache(`replay-test-${process.pid}`, options);
  expect(await t.cache.waitForSync(20_000)).toBe(true);
  return t.cache;
}

afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe.each(listCaptures())('capture %s replayed over HTTPS', (capture) => {
  it('puts every kube-system pod in exactly one of the expected components', async () => {
    const cache = await connect({ dump: path.join(CAPTURES_DIR, capture) });
    const snapshot = readSnapshot(cache);
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
});

describe('the live demo cluster', () => {
  it('healthy: every component healthy, with kubelet covering every node', async () => {
    const cache = await connect({ nodes: 6, seed: 11, scenario: 'healthy' });
    // waitForSync waits for the required kinds only; Jobs and CronJobs are optional and may list later.
    await eventually(() => ['jobs', 'cronjobs'].every((key) => cache.informers.get(key)?.hasSynced), 20_000, 'Jobs and CronJobs listed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const snapshot = readSnapshot(cache);
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
    const cache = await connect({ nodes: 6, seed: 11, scenario: 'degraded' });
    const byId = new Map(buildComponents(readSnapshot(cache), Date.now()).map((c) => [c.id, c]));
    expect(byId.get('coredns')).toMatchObject({ status: 'degraded', readyCount: 1, podCount: 2 });
    expect(byId.get('coredns')!.reasons[0]).toMatch(/^1 of 2 pods ready: coredns-[a-z0-9-]+ CrashLoopBackOff, \d+ restarts/);
    expect(byId.get('kubelet')!.status).not.toBe('healthy');
    expect(byId.get('kubelet')!.reasons.join(' ')).toMatch(/worker-5 NotReady/);
    expect(byId.get('kube-proxy')!.status).toBe('degraded');
    expect(byId.get('calico')!.status).toBe('degraded');
    expect(byId.get('metrics-server')!.status).not.toBe('healthy');
    expect(byId.get('etcd')!.status).toBe('healthy');
    expect(byId.get('etcd-backup')).toMatchObject({ group: 'control-plane', status: 'degraded' });
    expect(byId.get('etcd-backup')!.reasons).toEqual([expect.stringMatching(/^job etcd-backup-\d+ Error$/)]);
  });
});
