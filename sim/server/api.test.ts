import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { call, startHarness, type Harness } from './test-helpers';

const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sim.close());

describe('TLS, kubeconfig and auth', () => {
  it('writes a kubeconfig with CA data, token and a current context named after the source', () => {
    const kc = parse(readFileSync(h.sim.kubeconfigPath, 'utf8'));
    expect(kc['current-context']).toBe('kubesys-test');
    expect(kc.contexts[0].name).toBe('kubesys-test');
    expect(kc.clusters[0].cluster.server).toBe(h.sim.url);
    expect(Buffer.from(kc.clusters[0].cluster['certificate-authority-data'], 'base64').toString()).toBe(h.sim.caPem);
    expect(kc.users[0].user.token).toBe(h.sim.token);
  });

  it('serves a certificate for 127.0.0.1 and localhost signed by the CA', () => {
    const ca = new X509Certificate(h.sim.caPem);
    expect(ca.ca).toBe(true);
    // The request helper verifies TLS with this CA: a successful call proves the chain.
    return call(h.sim, '/version').then((r) => expect(r.status).toBe(200));
  });

  it('allows anonymous /version and health, and answers 401 Status elsewhere', async () => {
    expect((await call(h.sim, '/version', { token: null })).json.minor).toBe('31');
    expect((await call(h.sim, '/readyz', { token: null })).text).toBe('ok');
    for (const path of ['/api', '/apis', '/api/v1/namespaces/kube-system/pods']) {
      const r = await call(h.sim, path, { token: null });
      expect(r.status).toBe(401);
      expect(r.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Unauthorized', code: 401 });
    }
    expect((await call(h.sim, '/api', { token: 'wrong' })).status).toBe(401);
  });
});

describe('discovery', () => {
  it('lists the core version and every served group, metrics included while metrics exist', async () => {
    expect((await call(h.sim, '/api')).json).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const groups = (await call(h.sim, '/apis')).json.groups.map((g: { name: string }) => g.name);
    expect(groups).toEqual(
      expect.arrayContaining(['apps', 'coordination.k8s.io', 'discovery.k8s.io', 'events.k8s.io', 'networking.k8s.io', 'apiregistration.k8s.io', 'metrics.k8s.io']),
    );
  });

  it('describes core resources with short names and the pods/log subresource', async () => {
    const list = (await call(h.sim, '/api/v1')).json;
    const byName = Object.fromEntries(list.resources.map((r: { name: string }) => [r.name, r]));
    expect(byName.pods).toMatchObject({ kind: 'Pod', namespaced: true, shortNames: ['po'], verbs: ['get', 'list', 'watch'] });
    expect(byName.nodes).toMatchObject({ namespaced: false, shortNames: ['no'] });
    expect(byName['pods/log']).toMatchObject({ kind: 'Pod', verbs: ['get'] });
    for (const [name, short] of [['services', 'svc'], ['endpoints', 'ep'], ['configmaps', 'cm'], ['serviceaccounts', 'sa'], ['events', 'ev'], ['componentstatuses', 'cs']]) {
      expect(byName[name].shortNames).toContain(short);
    }
    const apps = (await call(h.sim, '/apis/apps/v1')).json;
    expect(apps.resources.map((r: { shortNames?: string[] }) => r.shortNames?.[0])).toEqual(expect.arrayContaining(['deploy', 'ds', 'rs']));
    expect((await call(h.sim, '/apis/networking.k8s.io/v1')).json.resources[0].shortNames).toEqual(['netpol']);
    expect((await call(h.sim, '/apis/apps')).json).toMatchObject({ kind: 'APIGroup', name: 'apps' });
  });

  it('drops metrics.k8s.io when the source reports no metrics API', async () => {
    const saved = h.sim.source.metrics!(Date.now());
    h.t.setMetrics(null);
    try {
      const groups = (await call(h.sim, '/apis')).json.groups.map((g: { name: string }) => g.name);
      expect(groups).not.toContain('metrics.k8s.io');
      expect((await call(h.sim, '/apis/metrics.k8s.io/v1beta1')).status).toBe(404);
    } finally {
      h.t.setMetrics(saved);
    }
  });

  it('answers /openapi/v2 with 404 and a minimal /openapi/v3 index', async () => {
    expect((await call(h.sim, '/openapi/v2')).status).toBe(404);
    const pb = await call(h.sim, '/openapi/v2', { accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf' });
    expect(pb.status).toBe(200);
    expect(pb.text).toBe('');
    const index = (await call(h.sim, '/openapi/v3')).json;
    expect(index.paths['api/v1'].serverRelativeURL).toBe('/openapi/v3/api/v1');
    expect(Object.keys((await call(h.sim, '/openapi/v3/apis/apps/v1')).json.paths)).toContain('/apis/apps/v1/namespaces/{namespace}/deployments/{name}');
  });
});

describe('get and list', () => {
  it('lists a namespace in key order with a list resourceVersion', async () => {
    const r = await call(h.sim, '/api/v1/namespaces/kube-system/pods');
    expect(r.json.kind).toBe('PodList');
    expect(r.json.apiVersion).toBe('v1');
    const names = r.json.items.map((p: { metadata: { name: string } }) => p.metadata.name);
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain('web');
    expect(Number(r.json.metadata.resourceVersion)).toBeGreaterThan(0);
    expect(r.json.items[0].metadata.uid).toBeTruthy();
    expect(r.json.items[0].metadata.resourceVersion).toMatch(/^\d+$/);
  });

  it('lists all namespaces through /api/v1/pods', async () => {
    const names = (await call(h.sim, '/api/v1/pods')).json.items.map((p: { metadata: { name: string } }) => p.metadata.name);
    expect(names).toContain('web');
    expect(names).toContain('coredns-abc');
  });

  it('gets one object, and answers 404 Status naming it otherwise', async () => {
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/pods/coredns-abc')).json.metadata.name).toBe('coredns-abc');
    expect((await call(h.sim, '/api/v1/nodes/cp-1')).json.kind).toBe('Node');
    const miss = await call(h.sim, '/api/v1/namespaces/kube-system/pods/nope');
    expect(miss.status).toBe(404);
    expect(miss.json).toMatchObject({ kind: 'Status', reason: 'NotFound', message: 'pods "nope" not found', details: { name: 'nope', kind: 'pods' } });
    const dep = await call(h.sim, '/apis/apps/v1/namespaces/kube-system/deployments/nope');
    expect(dep.json.message).toBe('deployments.apps "nope" not found');
  });

  it('answers 404 for unknown resources and misplaced scopes', async () => {
    for (const path of ['/api/v1/widgets', '/api/v1/namespaces/kube-system/nodes', '/apis/apps/v2/deployments', '/apis/nope.io/v1', '/nothing']) {
      const r = await call(h.sim, path);
      expect(r.status, path).toBe(404);
      expect(r.json.kind).toBe('Status');
    }
  });

  it('serves the four standard namespaces and no Secrets', async () => {
    const ns = (await call(h.sim, '/api/v1/namespaces')).json.items.map((n: { metadata: { name: string } }) => n.metadata.name);
    expect(ns).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect((await call(h.sim, '/api/v1/namespaces/kube-system')).json.status.phase).toBe('Active');
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/secrets')).json.items).toEqual([]);
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/secrets/token')).status).toBe(404);
  });

  it('filters by label selector operators', async () => {
    const names = async (sel: string) =>
      (await call(h.sim, `/api/v1/namespaces/kube-system/pods?labelSelector=${encodeURIComponent(sel)}`)).json.items.map((p: { metadata: { name: string } }) => p.metadata.name);
    expect(await names('k8s-app=kube-dns')).toEqual(['coredns-abc', 'coredns-def']);
    expect(await names('k8s-app==kube-proxy')).toEqual(['kube-proxy-1', 'kube-proxy-2']);
    expect(await names('k8s-app in (kube-dns, metrics-server)')).toEqual(['coredns-abc', 'coredns-def', 'metrics-server-1']);
    expect(await names('k8s-app notin (kube-dns,kube-proxy)')).toEqual(['etcd-cp-1', 'metrics-server-1']);
    expect(await names('k8s-app!=kube-proxy,tier')).toEqual(['coredns-abc', 'etcd-cp-1']);
    expect(await names('!k8s-app')).toEqual(['etcd-cp-1']);
    const bad = await call(h.sim, `/api/v1/pods?labelSelector=${encodeURIComponent('a in b')}`);
    expect(bad.status).toBe(400);
  });

  it('filters by field selector and refuses unsupported fields with 400', async () => {
    const names = async (path: string) => (await call(h.sim, path)).json.items.map((p: { metadata: { name: string } }) => p.metadata.name);
    expect(await names('/api/v1/namespaces/kube-system/pods?fieldSelector=spec.nodeName%3Dcp-1')).toEqual(['coredns-def', 'etcd-cp-1', 'kube-proxy-1']);
    expect(await names('/api/v1/namespaces/kube-system/pods?fieldSelector=status.phase!%3DRunning')).toEqual(['kube-proxy-2']);
    expect(await names('/api/v1/pods?fieldSelector=metadata.namespace%3Ddefault')).toEqual(['web']);
    expect(await names('/api/v1/nodes?fieldSelector=metadata.name%3Dcp-1')).toEqual(['cp-1']);
    expect(await names('/api/v1/namespaces/kube-system/events?fieldSelector=involvedObject.name%3Dcoredns-def')).toEqual(['coredns-def.1']);
    expect(await names('/api/v1/namespaces/kube-system/events?fieldSelector=type%3DWarning,reason%3DBackOff')).toEqual(['coredns-def.1']);
    expect(await names('/api/v1/namespaces/kube-system/events?fieldSelector=involvedObject.kind%3DPod')).toHaveLength(3);
    const bad = await call(h.sim, '/api/v1/namespaces/kube-system/pods?fieldSelector=spec.foo%3Dx');
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ reason: 'BadRequest', message: 'field label not supported: spec.foo' });
  });

  it('pages with limit and continue, then refuses an expired token with 410 Expired', async () => {
    const first = (await call(h.sim, '/api/v1/namespaces/kube-system/pods?limit=4')).json;
    expect(first.items).toHaveLength(4);
    expect(first.metadata.remainingItemCount).toBe(2);
    const second = (await call(h.sim, `/api/v1/namespaces/kube-system/pods?limit=4&continue=${first.metadata.continue}`)).json;
    expect(second.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toEqual(['kube-proxy-2', 'metrics-server-1']);
    expect(second.metadata.continue).toBeUndefined();
    expect(second.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
    const bad = await call(h.sim, '/api/v1/pods?limit=1&continue=garbage');
    expect(bad.status).toBe(400);
  });

  it('answers a Table when the Accept header asks as=Table', async () => {
    const r = await call(h.sim, '/api/v1/namespaces/kube-system/pods?limit=2', { accept: TABLE_ACCEPT });
    expect(r.json.kind).toBe('Table');
    expect(r.json.apiVersion).toBe('meta.k8s.io/v1');
    expect(r.json.rows).toHaveLength(2);
    expect(r.json.rows[0].object.kind).toBe('PartialObjectMetadata');
    expect(r.json.metadata.continue).toBeTruthy();
    const none = await call(h.sim, '/api/v1/nodes/cp-1?includeObject=None', { accept: TABLE_ACCEPT });
    expect(none.json.rows).toHaveLength(1);
    expect(none.json.rows[0].object).toBeUndefined();
    const full = await call(h.sim, '/api/v1/nodes?includeObject=Object', { accept: TABLE_ACCEPT });
    expect(full.json.rows[0].object.kind).toBe('Node');
  });

  it('serves core events as events.k8s.io/v1 too', async () => {
    const r = (await call(h.sim, '/apis/events.k8s.io/v1/namespaces/kube-system/events?fieldSelector=regarding.name%3Dcoredns-def')).json;
    expect(r.kind).toBe('EventList');
    expect(r.apiVersion).toBe('events.k8s.io/v1');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ apiVersion: 'events.k8s.io/v1', regarding: { name: 'coredns-def' }, note: 'BackOff coredns-def', type: 'Warning' });
  });

  it('refuses every write verb with 405 MethodNotAllowed', async () => {
    for (const [method, path] of [
      ['POST', '/api/v1/namespaces/kube-system/configmaps'],
      ['PUT', '/api/v1/namespaces/kube-system/pods/coredns-abc'],
      ['PATCH', '/apis/apps/v1/namespaces/kube-system/deployments/coredns'],
      ['DELETE', '/api/v1/namespaces/kube-system/pods/coredns-abc'],
      ['DELETE', '/api/v1/nodes/cp-1'],
    ]) {
      const r = await call(h.sim, path, { method, body: '{}' });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.json).toMatchObject({ kind: 'Status', reason: 'MethodNotAllowed', code: 405 });
      expect(r.json.message).toContain('read-only');
    }
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/pods/coredns-abc')).status).toBe(200);
  });

  it('counts requests per key on the admin endpoint and resets them', async () => {
    await fetch(`${h.sim.adminUrl}/stats/reset`, { method: 'POST' });
    await call(h.sim, '/version');
    await call(h.sim, '/api/v1/namespaces/kube-system/pods');
    await call(h.sim, '/api/v1/namespaces/kube-system/pods/coredns-abc');
    const stats = await (await fetch(`${h.sim.adminUrl}/stats`)).json();
    expect(stats.requests.byKey).toEqual({ 'GET /version': 1, 'LIST pods': 1, 'GET pods': 1 });
    expect(stats.requests.total).toBe(3);
    expect(stats.watches.open).toBe(0);
    expect(h.sim.stats().requests.total).toBe(3);
    expect((await fetch(`${h.sim.adminUrl}/nope`)).status).toBe(404);
  });

  it('assigns a new global resourceVersion on every change from a tick', async () => {
    const before = Number((await call(h.sim, '/api/v1/pods')).json.metadata.resourceVersion);
    await h.t.mutate((m) => {
      const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'tick-made', namespace: 'kube-system' }, data: { a: '1' } };
      m.upsert(cm);
      m.upsert({ ...cm, data: { a: '2' } });
    });
    const cm = (await call(h.sim, '/api/v1/namespaces/kube-system/configmaps/tick-made')).json;
    expect(cm.data.a).toBe('2');
    expect(Number(cm.metadata.resourceVersion)).toBe(before + 2);
    expect(cm.metadata.uid).toBeTruthy();
    expect(cm.metadata.creationTimestamp).toMatch(/Z$/);
    expect(Number((await call(h.sim, '/api/v1/nodes')).json.metadata.resourceVersion)).toBe(before + 2);
  });
});
