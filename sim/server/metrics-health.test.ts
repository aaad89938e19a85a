import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startHarness, type Harness } from './test-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sim.close());

const M = '/apis/metrics.k8s.io/v1beta1';

describe('metrics.k8s.io', () => {
  it('lists and gets NodeMetrics, with label selectors', async () => {
    const list = (await call(h.sim, `${M}/nodes`)).json;
    expect(list).toMatchObject({ kind: 'NodeMetricsList', apiVersion: 'metrics.k8s.io/v1beta1' });
    expect(list.items.map((n: { metadata: { name: string } }) => n.metadata.name)).toEqual(['cp-1', 'worker-1']);
    const cp = (await call(h.sim, `${M}/nodes?labelSelector=node-role.kubernetes.io/control-plane`)).json;
    expect(cp.items).toHaveLength(1);
    expect((await call(h.sim, `${M}/nodes/worker-1`)).json.usage.cpu).toBe('500m');
    expect((await call(h.sim, `${M}/nodes/ghost`)).status).toBe(404);
  });

  it('lists PodMetrics per namespace and across namespaces', async () => {
    const ns = (await call(h.sim, `${M}/namespaces/kube-system/pods`)).json;
    expect(ns.kind).toBe('PodMetricsList');
    expect(ns.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toEqual(['coredns-abc']);
    expect(ns.items[0].containers[0]).toMatchObject({ name: 'coredns', usage: { cpu: '3m' } });
    expect((await call(h.sim, `${M}/pods`)).json.items).toHaveLength(2);
    expect((await call(h.sim, `${M}/namespaces/kube-system/pods?labelSelector=k8s-app%3Dnone`)).json.items).toHaveLength(0);
    expect((await call(h.sim, `${M}/namespaces/kube-system/pods/coredns-abc`)).json.kind).toBe('PodMetrics');
  });

  it('answers 503 ServiceUnavailable while the metrics backend is down', async () => {
    const saved = h.sim.source.metrics!(Date.now());
    h.t.setMetrics({ unavailable: 'the server is currently unable to handle the request' });
    try {
      const r = await call(h.sim, `${M}/nodes`);
      expect(r.status).toBe(503);
      expect(r.json).toMatchObject({ kind: 'Status', reason: 'ServiceUnavailable', code: 503, message: 'the server is currently unable to handle the request' });
      expect((await call(h.sim, '/apis')).json.groups.map((g: { name: string }) => g.name)).toContain('metrics.k8s.io');
    } finally {
      h.t.setMetrics(saved);
    }
  });
});

describe('health endpoints', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../fixtures/health/${name}`, import.meta.url), 'utf8');

  it('answers ok, and the captured verbose text byte for byte', async () => {
    for (const ep of ['readyz', 'livez', 'healthz']) expect((await call(h.sim, `/${ep}`)).text).toBe('ok');
    expect((await call(h.sim, '/readyz?verbose')).text).toBe(fixture('readyz-verbose-healthy.txt'));
    expect((await call(h.sim, '/livez?verbose')).text).toBe(fixture('livez-verbose-healthy.txt'));
    expect((await call(h.sim, '/healthz?verbose')).text).toMatch(/\[\+\]ping ok\n[\s\S]*healthz check passed\n$/);
  });

  it('serves per-check paths and exclusions', async () => {
    expect((await call(h.sim, '/readyz/etcd')).text).toBe('ok');
    expect((await call(h.sim, '/readyz/poststarthook/rbac/bootstrap-roles')).text).toBe('ok');
    expect((await call(h.sim, '/readyz/nope')).status).toBe(404);
    const r = (await call(h.sim, '/readyz?verbose&exclude=etcd')).text;
    expect(r).toContain('[+]etcd excluded: ok\n');
  });

  it('reports failing checks verbosely with HTTP 500, as the API server does', async () => {
    h.t.setHealth({
      readyz: [{ name: 'ping', ok: true }, { name: 'etcd', ok: false }, { name: 'shutdown', ok: true }],
      livez: [{ name: 'ping', ok: true }],
    });
    try {
      const r = await call(h.sim, '/readyz');
      expect(r.status).toBe(500);
      expect(r.text).toBe('[+]ping ok\n[-]etcd failed: reason withheld\n[+]shutdown ok\nreadyz check failed\n');
      const one = await call(h.sim, '/readyz/etcd');
      expect(one.status).toBe(500);
      expect((await call(h.sim, '/readyz?exclude=etcd')).status).toBe(200);
      expect((await call(h.sim, '/livez')).text).toBe('ok');
    } finally {
      h.t.setHealth(undefined);
    }
  });
});
