/**
 * The fault suite's odd-objects case: kube-system objects with missing and odd fields, as real clusters
 * produce them (no status, null labels, empty containers, unknown phases, a 253-character name, unicode),
 * served by the demo cluster's `oddObjects` fault. Every server-side reader answers without throwing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getOverview } from '@/app/api/overview/route';
import type { OverviewResponse } from '@/lib/api/types';
import { componentUsage, groupsUsage, nodeUsage, topNodes, topPods } from './usage';
import { eventually, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import { HUGE_NAME, ODD_OBJECTS } from '@/sim/server/odd-objects';
import { componentDetailJson } from './component-detail';
import { listEvents } from './events';
import { readFindings } from './findings';
import { healthJson } from './health';
import { configMapData, inventoryJson } from './inventory';
import { listNodes, nodeDetail } from './nodes';
import { podDetail, podDetailYaml } from './pod-detail';

let t: SimRuntime;
const oddPods = ODD_OBJECTS.filter((o) => o.kind === 'Pod').map((o) => o.metadata.name);
const oddNodes = ODD_OBJECTS.filter((o) => o.kind === 'Node').map((o) => o.metadata.name);

beforeAll(async () => {
  t = await startSimRuntime('odd-objects-test', { faults: { oddObjects: true } }, { METRICS_INTERVAL: '1' });
  process.env.CLUSTER_DNS_SERVER = `127.0.0.1:${t.sim.dnsPort}`;
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
  await eventually(() => oddPods.every((name) => t.runtime.get('pods', name)), 20_000, 'odd pods cached');
  await t.runtime.metrics.sampleOnce();
});

afterAll(async () => {
  await t?.close();
});

describe('objects with missing and odd fields', () => {
  it('the overview answers 200 and still lists the odd pods somewhere', async () => {
    const response = await getOverview(new Request('http://kubesys.test/api/overview?pods=all'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as OverviewResponse;
    const listed = new Set(body.groups.flatMap((g) => g.components.flatMap((c) => c.pods.map((p) => p.name))));
    // A pod with no spec or status is still a pod of kube-system: it is counted, not dropped.
    expect(listed.has(HUGE_NAME)).toBe(true);
    expect(listed.has('odd-no-status')).toBe(true);
  });

  it('every component page, pod page, node page and list answers without throwing', async () => {
    const overview = (await (await getOverview(new Request('http://kubesys.test/api/overview'))).json()) as OverviewResponse;
    for (const component of overview.groups.flatMap((g) => g.components)) {
      expect(() => JSON.parse(componentDetailJson(t.runtime, component.id, 1)), component.id).not.toThrow();
      // Components without pods (the kubelet) have no usage to chart: a 404, not a crash.
      await componentUsage(t.runtime, component.id, '1h').catch((error: { status?: number }) => expect(error.status, component.id).toBe(404));
    }
    for (const name of oddPods) {
      expect(podDetail(t.runtime, name).pod.name, name).toBe(name);
      expect(await podDetailYaml(t.runtime, name)).toContain(name);
    }
    const nodes = listNodes(t.runtime, {});
    expect(nodes.matched).toBe(4 + oddNodes.length);
    for (const name of oddNodes) {
      expect(nodeDetail(t.runtime, name)?.name, name).toBe(name);
      await expect(nodeUsage(t.runtime, name, '1h')).resolves.toBeDefined();
    }
    const events = listEvents(t.runtime, {});
    expect(events.events.some((e) => e.id.length > 0 && e.message.includes('Ключ'))).toBe(true);
    expect(() => JSON.parse(healthJson(t.runtime))).not.toThrow();
    expect(() => JSON.parse(inventoryJson(t.runtime))).not.toThrow();
    expect(configMapData(t.runtime, 'odd-configmap')).toBeDefined();
    expect(configMapData(t.runtime, 'odd-configmap-unicode')).toBeDefined();
    const findings = await readFindings(t.runtime, {});
    expect(Array.isArray(findings.findings)).toBe(true);
    await expect(groupsUsage(t.runtime, '1h')).resolves.toBeDefined();
    expect(topPods(t.runtime, 'cpu', 50)).toBeDefined();
    expect(topNodes(t.runtime, 'memory', 50)).toBeDefined();
  });
});
