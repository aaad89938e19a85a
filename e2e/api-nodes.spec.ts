/** The nodes, events, health, inventory and search routes through real HTTP against the demo dashboards. */
import { expect, test } from '@playwright/test';
import { decodeNodeRows, type NodeDetail, type NodesResponse } from '../lib/api/nodes';
import type { EventsResponse } from '../lib/api/events';
import type { HealthResponse } from '../lib/api/health';
import type { InventoryResponse } from '../lib/api/inventory';
import type { SearchResponse } from '../lib/api/search';
import { DEGRADED, HEALTHY } from './env';

test('GET /api/nodes answers summary counts and compact rows; filters run on the server', async ({ request }) => {
  const all = (await (await request.get(`${DEGRADED.url}/api/nodes`)).json()) as NodesResponse;
  expect(all.summary.total).toBeGreaterThanOrEqual(4);
  expect(all.summary.notReady).toBe(1);
  expect(all.summary.roles['control-plane']).toBe(1);
  expect(Object.keys(all.summary.kubeletVersions)).toEqual(['v1.31.4']);
  const rows = decodeNodeRows(all);
  expect(rows).toHaveLength(all.summary.total);
  expect(rows[0]).toMatchObject({ readiness: 'Unknown', problems: ['Ready=Unknown'] });

  const notReady = (await (await request.get(`${DEGRADED.url}/api/nodes?status=notready`)).json()) as NodesResponse;
  expect(notReady.matched).toBe(1);
  const paged = (await (await request.get(`${DEGRADED.url}/api/nodes?q=worker&offset=1&limit=2`)).json()) as NodesResponse;
  expect(paged.rows).toHaveLength(2);
  expect(paged.matched).toBe(all.summary.total - 1);

  const bad = await request.get(`${DEGRADED.url}/api/nodes?status=sideways`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe('BadRequest');
});

test('GET /api/nodes/<name> answers the detail, 404 with the envelope for an unknown node', async ({ request }) => {
  const detail = (await (await request.get(`${HEALTHY.url}/api/nodes/control-plane-1`)).json()) as NodeDetail;
  expect(detail.roles).toEqual(['control-plane']);
  expect(detail.conditions.map((c) => c.type)).toContain('MemoryPressure');
  expect(detail.resources.find((r) => r.name === 'memory')?.allocatableText).toMatch(/GiB$/);
  expect(detail.pods.some((p) => p.componentId === 'etcd')).toBe(true);
  expect(detail.lease?.durationSeconds).toBe(40);
  const missing = await request.get(`${HEALTHY.url}/api/nodes/nope`);
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: { code: 'NotFound', message: 'node "nope" not found', status: 404 } });
});

test('GET /api/events filters by type and reason, newest first', async ({ request }) => {
  const body = (await (await request.get(`${DEGRADED.url}/api/events?type=Warning&reason=BackOff`)).json()) as EventsResponse;
  expect(body.matched).toBeGreaterThan(0);
  expect(body.events.every((e) => e.type === 'Warning' && e.reason === 'BackOff')).toBe(true);
  expect(body.events[0]!.object.href).toMatch(/^\/pods\/coredns-/);
  const all = (await (await request.get(`${DEGRADED.url}/api/events`)).json()) as EventsResponse;
  const times = all.events.map((e) => Date.parse(e.lastSeen ?? ''));
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

test('GET /api/health, /api/inventory and /api/search answer from the cache', async ({ request }) => {
  const health = (await (await request.get(`${DEGRADED.url}/api/health`)).json()) as HealthResponse;
  expect(health.readyz.checks.length).toBeGreaterThan(0);
  expect(health.apiServices.items.find((a) => a.name === 'v1beta1.metrics.k8s.io')).toMatchObject({ available: false, reason: 'MissingEndpoints' });
  expect(health.leaderLeases.map((l) => l.name)).toEqual(['kube-scheduler', 'kube-controller-manager']);
  expect(health.clusterInfo.services).toContainEqual(expect.objectContaining({ displayName: 'CoreDNS', clusterIP: '10.96.0.10' }));

  const inventory = (await (await request.get(`${HEALTHY.url}/api/inventory`)).json()) as InventoryResponse;
  expect(inventory.networkPolicies.length).toBeGreaterThan(0);
  expect(inventory.serviceAccounts.some((s) => s.name === 'coredns')).toBe(true);
  const cm = await (await request.get(`${HEALTHY.url}/api/inventory/configmaps/coredns`)).json();
  expect(cm.data.Corefile).toContain('kubernetes cluster.local');
  expect((await request.get(`${HEALTHY.url}/api/inventory/configmaps/nope`)).status()).toBe(404);

  const search = (await (await request.get(`${HEALTHY.url}/api/search?q=coredns`)).json()) as SearchResponse;
  expect(search.results[0]).toMatchObject({ kind: 'component', name: 'coredns', href: '/components/coredns' });
  expect(search.results.filter((r) => r.kind === 'pod')).toHaveLength(2);
});
