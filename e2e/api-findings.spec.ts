/** GET /api/findings through real HTTP against the demo dashboards: shape, filters, the DNS probe on demand, bad queries. */
import { expect, test } from '@playwright/test';
import type { FindingsResponse } from '../lib/api/findings';
import { DEGRADED, HEALTHY } from './env';

test('degraded: the failed DNS probe and the NotReady node are critical, with evidence and kubectl', async ({ request }) => {
  const response = await request.get(`${DEGRADED.url}/api/findings?probe=dns`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as FindingsResponse;
  expect(body.probes.dns).toMatchObject({ status: 'failed', error: 'SERVFAIL', name: 'kubernetes.default.svc.cluster.local', serverSource: 'CLUSTER_DNS_SERVER' });
  const critical = body.findings.filter((f) => f.severity === 'critical').map((f) => f.id);
  expect(critical).toEqual(['dns/probe-failed', 'nodes/not-ready:worker-3']);
  expect(body.counts.critical).toBe(2);
  const node = body.findings.find((f) => f.id === 'nodes/not-ready:worker-3');
  expect(node?.subject).toEqual({ kind: 'node', name: 'worker-3', href: '/nodes/worker-3' });
  expect(node?.commands).toContain('kubectl describe node worker-3');
});

test('healthy: no critical findings; the DNS probe answers the kubernetes Service IP; the certificate was read', async ({ request }) => {
  const body = (await (await request.get(`${HEALTHY.url}/api/findings?probe=dns`)).json()) as FindingsResponse;
  expect(body.counts.critical).toBe(0);
  expect(body.probes.dns).toMatchObject({ status: 'ok', answers: ['10.96.0.1'], expected: '10.96.0.1' });
  expect(body.probes.dns?.latencyMs).toBeGreaterThanOrEqual(0);
  await expect.poll(async () => ((await (await request.get(`${HEALTHY.url}/api/findings`)).json()) as FindingsResponse).probes.tls?.status).toBe('ok');
});

test('filters by severity, area and subject; counts stay whole', async ({ request }) => {
  const all = (await (await request.get(`${DEGRADED.url}/api/findings`)).json()) as FindingsResponse;
  const metrics = (await (await request.get(`${DEGRADED.url}/api/findings?area=metrics&severity=warning`)).json()) as FindingsResponse;
  expect(metrics.findings.map((f) => f.id).sort()).toEqual(['metrics/apiservice-unavailable', 'metrics/server-not-ready']);
  expect(metrics.counts).toEqual(all.counts);
  const node = (await (await request.get(`${DEGRADED.url}/api/findings?subject=node/worker-3`)).json()) as FindingsResponse;
  expect(node.findings.map((f) => f.id)).toEqual(['nodes/not-ready:worker-3']);
});

test('rejects an unknown severity with the error envelope', async ({ request }) => {
  const response = await request.get(`${HEALTHY.url}/api/findings?severity=fatal`);
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: 'BadRequest', status: 400 } });
});
