/**
 * An API server that serves only some kinds (the demo cluster with `--serve-only pods,nodes,events`), over
 * real HTTPS: readiness is reached with the missing kinds listed and why, no route waits for them (the
 * first-sync wait is ten minutes, far past the test's timeout, so a route that waited would fail the test),
 * the health sources that answer 404 are not asked again on every poll, and a kind that appears or
 * disappears later is picked up by the discovery re-check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION_EVERY_POLLS } from './health';
import { GET as getComponent } from '@/app/api/components/[id]/route';
import { GET as getEvents } from '@/app/api/events/route';
import { GET as getFindings } from '@/app/api/findings/route';
import { GET as getHealth } from '@/app/api/health/route';
import { GET as getInventory } from '@/app/api/inventory/route';
import { GET as getNodes } from '@/app/api/nodes/route';
import { GET as getOverview } from '@/app/api/overview/route';
import { GET as getPod } from '@/app/api/pods/[name]/route';
import { GET as getReadyz } from '@/app/api/readyz/route';
import { GET as getSearch } from '@/app/api/search/route';
import { GET as getTopPods } from '@/app/api/usage/top/pods/route';
import type { EventsResponse } from '@/lib/api/events';
import type { FindingsResponse } from '@/lib/api/findings';
import type { HealthResponse } from '@/lib/api/health';
import type { InventoryResponse } from '@/lib/api/inventory';
import type { NodesResponse } from '@/lib/api/nodes';
import type { FreshnessInfo, OverviewResponse } from '@/lib/api/types';
import { eventually, sleep, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';

let t: SimRuntime | undefined;

afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Far past vitest's 60 s test timeout: a route that waits for a missing kind fails the test. */
const NEVER_MS = '600000';
const request = (path: string) => new Request(`http://kubesys.test${path}`);
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function json<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await response;
  expect(r.status, await r.clone().text()).toBe(status);
  return (await r.json()) as T;
}

const NOT_SERVED = ['configmaps', 'cronjobs', 'daemonsets', 'deployments', 'endpoints', 'jobs', 'leases', 'networkpolicies', 'node-leases', 'replicasets', 'serviceaccounts', 'services', 'statefulsets'];

describe('an API server serving only pods, nodes and events', () => {
  it('is ready with the missing kinds listed, and no route waits for them', async () => {
    t = await startSimRuntime('partial-api', { served: { only: ['pods', 'nodes', 'events'] } }, { FIRST_SYNC_WAIT_MS: NEVER_MS, HEALTH_POLL_MS: '200', DISCOVERY_RECHECK_MS: '60000' });
    expect(await t.runtime.waitForSync(20_000)).toBe(true);
    // Optional kinds never hold readiness up; they settle alongside.
    await eventually(() => t!.runtime.freshness().unavailable.length === NOT_SERVED.length, 10_000, 'every missing kind settled');

    const ready = await json<{ status: string; freshness: FreshnessInfo }>(getReadyz(request('/api/readyz')));
    expect(ready.status).toBe('ready');
    expect(ready.freshness.unavailable.map((u) => u.kind).sort()).toEqual(NOT_SERVED);
    for (const u of ready.freshness.unavailable) {
      expect(u.reason, u.kind).toBe('not-served');
      expect(u.message, u.kind).toMatch(/^not served by this API server \((404 on \/api|.+ is absent from \/api)/);
    }
    expect(ready.freshness.state).toBe('live');
    expect(ready.freshness.watches.deployments.state).toBe('unserved');

    // Every JSON route answers; with a ten-minute first-sync wait, any that waited would time the test out.
    const overview = await json<OverviewResponse>(getOverview(request('/api/overview')));
    expect(overview.freshness.unavailable).toHaveLength(NOT_SERVED.length);
    const components = new Map(overview.groups.flatMap((g) => g.components).map((c) => [c.id, c]));
    expect(components.get('coredns')?.podCount).toBeGreaterThan(0);
    expect(components.get('kube-scheduler')?.status).not.toBe('down');
    const pod = overview.groups.flatMap((g) => g.components).flatMap((c) => c.pods)[0]!;
    await json(getComponent(request('/api/components/coredns'), params({ id: 'coredns' })));
    await json(getPod(request(`/api/pods/${pod.name}`), params({ name: pod.name })));
    await json(getSearch(request('/api/search?q=dns')));
    await json(getTopPods(request('/api/usage/top/pods')));
    expect((await json<EventsResponse>(getEvents(request('/api/events')))).notServed).toBeUndefined();

    const inventory = await json<InventoryResponse>(getInventory(request('/api/inventory')));
    expect(inventory.unavailable.map((u) => u.kind).sort()).toEqual(['configmaps', 'daemonsets', 'deployments', 'networkpolicies', 'replicasets', 'serviceaccounts', 'services']);
    const nodes = await json<NodesResponse>(getNodes(request('/api/nodes')));
    expect(nodes.summary.total).toBe(4);
    expect(nodes.unavailable.map((u) => u.kind)).toEqual(['node-leases']);

    // Health sources the server does not serve are "not served", not errors.
    // APIServices settle through their watch, componentstatuses through the first health poll: wait for both.
    await eventually(async () => {
      const answer = await json<HealthResponse>(getHealth(request('/api/health')));
      return answer.apiServices.notServed !== undefined && answer.componentStatuses.notServed !== undefined;
    }, 10_000, 'APIServices and componentstatuses not served');
    const health = await json<HealthResponse>(getHealth(request('/api/health')));
    expect(health.apiServices).toMatchObject({ served: false, notServed: expect.stringMatching(/^not served by this API server/) });
    expect(health.apiServices.error).toBeUndefined();
    expect(health.componentStatuses.notServed).toMatch(/^not served by this API server/);
    expect(health.leasesUnavailable?.reason).toBe('not-served');
    expect(health.readyz.ok).toBe(true);

    // The findings say what they could not check instead of raising anything from an absent kind.
    const findings = await json<FindingsResponse>(getFindings(request('/api/findings')));
    const ids = findings.findings.map((f) => f.id);
    expect(ids).toContain('dns/service-unchecked');
    expect(ids).not.toContain('dns/no-ready-endpoints');
    expect(ids).not.toContain('dns/service-missing');
    expect(ids).not.toContain('metrics/not-installed');
    expect(findings.findings.find((f) => f.id === 'dns/service-unchecked')?.evidence[0]).toMatch(/^services not served by this API server/);
    expect(findings.unavailable.map((u) => u.kind)).toEqual(expect.arrayContaining(['endpoints', 'apiservices', 'componentstatuses']));
  });

  it('does not ask again at full rate for what answered 404', async () => {
    t = await startSimRuntime('partial-api-polls', { served: { only: ['pods', 'nodes', 'events'] } }, { HEALTH_POLL_MS: '200', DISCOVERY_RECHECK_MS: '60000' });
    expect(await t.runtime.waitForSync(20_000)).toBe(true);
    await eventually(() => t!.runtime.health.polls >= 2, 10_000, 'two health polls');
    await t.resetStats();
    const pollsBefore = t.runtime.health.polls;
    await eventually(() => t!.runtime.health.polls >= pollsBefore + 10, 20_000, 'ten more health polls');
    const byKey = (await t.stats()).requests.byKey;
    expect(byKey['GET /readyz']).toBeGreaterThanOrEqual(10);
    // /version changes on upgrades: asked once every VERSION_EVERY_POLLS polls, not on each.
    expect(byKey['GET /version'] ?? 0).toBeLessThanOrEqual(Math.ceil(byKey['GET /readyz']! / VERSION_EVERY_POLLS) + 1);
    // Not served: asked once per DISCOVERY_RECHECK_MS (a minute here), not on every poll.
    expect(byKey['GET /apis/apiregistration.k8s.io/v1/apiservices'] ?? 0).toBe(0);
    expect(byKey['GET /api/v1/componentstatuses'] ?? 0).toBe(0);
    // Nor does an informer list a kind that is not served over and over.
    expect(byKey['GET /apis/apps/v1/namespaces/kube-system/deployments'] ?? 0).toBe(0);
    expect(byKey['GET /api/v1/namespaces/kube-system/endpoints'] ?? 0).toBe(0);
  });
});

describe('kinds that appear and disappear while kubesys runs', () => {
  it('picks them up at the discovery re-check, and settles them again when they go', async () => {
    t = await startSimRuntime(
      'partial-api-appear',
      { served: { unserved: ['deployments', 'leases.coordination.k8s.io', 'readyz'] }, faults: { forbid: ['networkpolicies'] } },
      { FIRST_SYNC_WAIT_MS: NEVER_MS, DISCOVERY_RECHECK_MS: '500', HEALTH_POLL_MS: '200' },
    );
    expect(await t.runtime.waitForSync(20_000)).toBe(true);
    const reasons = () => new Map(t!.runtime.freshness().unavailable.map((u) => [u.kind, u.reason]));
    // Optional kinds (Leases, NetworkPolicies) settle alongside readiness, not before it.
    await eventually(() => reasons().get('networkpolicies') === 'forbidden' && reasons().get('leases') === 'not-served', 10_000, 'leases and networkpolicies settled');
    expect(reasons().get('deployments')).toBe('not-served');
    expect(t.runtime.list('deployments')).toHaveLength(0);
    await eventually(async () => (await json<HealthResponse>(getHealth(request('/api/health')))).readyz.notServed !== undefined, 10_000, 'readyz not served');

    // The API server starts serving them (an aggregated API registered, an upgrade): picked up without a restart.
    const response = await fetch(`${t.sim.adminUrl}/served`, { method: 'PUT', body: JSON.stringify({ unserved: [] }) });
    expect(response.status).toBe(200);
    await eventually(() => t!.runtime.freshness().watches.deployments?.state === 'live', 20_000, 'deployments live');
    await eventually(() => t!.runtime.freshness().watches.leases?.state === 'live', 20_000, 'leases live');
    expect(t.runtime.list('deployments').length).toBeGreaterThan(0);
    expect(t.runtime.list('leases').length).toBeGreaterThan(0);
    await eventually(async () => (await json<HealthResponse>(getHealth(request('/api/health')))).readyz.checks.length > 0, 20_000, 'readyz served again');
    const discoveries = t.runtime.cache.discoveries;

    // And one that goes away is settled again, its objects dropped rather than shown as current.
    await fetch(`${t.sim.adminUrl}/served`, { method: 'PUT', body: JSON.stringify({ unserved: ['deployments'] }) });
    await eventually(() => t!.runtime.freshness().watches.deployments?.state === 'unserved', 20_000, 'deployments unserved again');
    expect(t.runtime.list('deployments')).toHaveLength(0);
    expect(t.runtime.isSynced()).toBe(true);
    await sleep(1_200);
    expect(t.runtime.cache.discoveries).toBeGreaterThan(discoveries);
    await json<OverviewResponse>(getOverview(request('/api/overview')));
  });
});
