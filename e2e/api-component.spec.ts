/** GET /api/components/<id> through real HTTP: the JSON shape scripts rely on, paging, 400 and 404. */
import { expect, test } from '@playwright/test';
import type { ComponentDetailResponse } from '../lib/api/component';
import { DEGRADED, HEALTHY } from './env';

test('coredns detail: summary, pods, spec, Service, Corefile, kubectl', async ({ request }) => {
  const response = await request.get(`${HEALTHY.url}/api/components/coredns`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  const body = (await response.json()) as ComponentDetailResponse;
  expect(body.component).toMatchObject({ id: 'coredns', name: 'CoreDNS', group: 'add-on', status: 'healthy', href: '/components/coredns' });
  expect(body.component).not.toHaveProperty('pods');
  expect(body.description).toMatch(/DNS/);
  expect(body.workloads).toEqual([expect.objectContaining({ kind: 'Deployment', name: 'coredns', selector: 'k8s-app=kube-dns' })]);
  expect(body.pods).toMatchObject({ total: 2, notReady: 0, page: 1, pageSize: 50, pageCount: 1 });
  expect(body.pods.items[0]).toEqual(expect.objectContaining({ name: expect.stringMatching(/^coredns-/), ready: '1/1', status: 'Running', ip: expect.any(String), node: expect.any(String) }));
  const container = body.specs[0]!.containers[0]!;
  expect(container).toMatchObject({ name: 'coredns', version: 'v1.11.3', flags: [{ flag: '-conf', value: '/etc/coredns/Corefile' }] });
  expect(container.probes.map((p) => p.kind)).toEqual(['liveness', 'readiness']);
  expect(body.services).toEqual([expect.objectContaining({ name: 'kube-dns', clusterIP: '10.96.0.10', type: 'ClusterIP' })]);
  expect(body.configMaps[0]?.text?.content).toContain('kubernetes cluster.local');
  expect(body.kubectl.map((k) => k.command)).toContain('kubectl get pods -n kube-system -l k8s-app=kube-dns -o wide');
  expect(body.freshness.state).toBeDefined();
});

test('kube-proxy detail: coverage summary; kubelet: nodes instead of pods', async ({ request }) => {
  const proxy = (await (await request.get(`${HEALTHY.url}/api/components/kube-proxy`)).json()) as ComponentDetailResponse;
  expect(proxy.coverage).toEqual([expect.objectContaining({ name: 'kube-proxy', lacking: [], notTargeted: [] })]);
  expect(proxy.coverage[0]!.ready).toBe(proxy.coverage[0]!.desired);
  const kubelet = (await (await request.get(`${HEALTHY.url}/api/components/kubelet`)).json()) as ComponentDetailResponse;
  expect(kubelet.nodes?.total).toBeGreaterThan(0);
  expect(kubelet.nodes?.items[0]).toEqual(expect.objectContaining({ name: expect.any(String), ready: true, kubeletVersion: expect.stringMatching(/^v1\./) }));
  expect(kubelet.pods.total).toBe(0);
});

test('degraded coredns lists the crash-looping pod first', async ({ request }) => {
  const body = (await (await request.get(`${DEGRADED.url}/api/components/coredns`)).json()) as ComponentDetailResponse;
  expect(body.component.status).toBe('degraded');
  expect(body.pods.notReady).toBeGreaterThan(0);
  expect(body.pods.items[0]).toMatchObject({ isReady: false });
  // Between back-offs the kubelet runs the container again for a moment, as kubectl's STATUS shows.
  expect(['CrashLoopBackOff', 'Running', 'Error']).toContain(body.pods.items[0]!.status);
  expect(body.pods.items[0]!.restarts).toBeGreaterThan(0);
});

test('an unknown id is a 404 in the error envelope naming it; a bad page is a 400', async ({ request }) => {
  const missing = await request.get(`${HEALTHY.url}/api/components/no-such-component`);
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: { code: 'NotFound', status: 404, message: 'component "no-such-component" not found in kube-system' } });
  const bad = await request.get(`${HEALTHY.url}/api/components/coredns?podPage=0`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe('BadRequest');
});
