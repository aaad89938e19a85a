import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject, Mutator } from '../types';
import { call, startHarness, stream, type Harness } from './test-helpers';

const PODS = '/api/v1/namespaces/kube-system/pods';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ bookmarkIntervalMs: 50, historyMaxEvents: 5 });
});
afterAll(() => h.sim.close());

function relabel(m: Mutator, name: string, labels: Record<string, string>): void {
  const pod = m.get('v1', 'Pod', 'kube-system', name)!;
  m.upsert({ ...pod, metadata: { ...pod.metadata, labels } });
}

const nameOf = (ev: { object: KObject }) => ev.object.metadata.name;

describe('watch', () => {
  it('sends the current state as ADDED, then changes with growing resourceVersions', async () => {
    const w = stream(h.sim, `${PODS}?watch=true`);
    expect(await w.status).toBe(200);
    const initial = [];
    for (let i = 0; i < 6; i++) initial.push(await w.nextJson());
    expect(initial.every((e) => e.type === 'ADDED')).toBe(true);
    expect(initial.map(nameOf)).toContain('coredns-abc');
    await h.t.mutate((m) => relabel(m, 'etcd-cp-1', { component: 'etcd', touched: '1' }));
    const mod = await w.nextJson();
    expect(mod.type).toBe('MODIFIED');
    expect(mod.object.metadata.labels.touched).toBe('1');
    await h.t.mutate((m) => m.remove('v1', 'Pod', 'kube-system', 'etcd-cp-1'));
    const del = await w.nextJson();
    expect(del.type).toBe('DELETED');
    expect(Number(del.object.metadata.resourceVersion)).toBeGreaterThan(Number(mod.object.metadata.resourceVersion));
    await h.t.mutate((m) => m.upsert({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'etcd-cp-1', namespace: 'kube-system', labels: { component: 'etcd' } }, spec: { nodeName: 'cp-1', containers: [{ name: 'etcd' }] } }));
    expect(await w.nextJson()).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'etcd-cp-1' } } });
    w.close();
  });

  it('resumes from a resourceVersion, replaying only later events', async () => {
    const rv = (await call(h.sim, PODS)).json.metadata.resourceVersion;
    await h.t.mutate((m) => relabel(m, 'kube-proxy-1', { 'k8s-app': 'kube-proxy', resumed: 'yes' }));
    const w = stream(h.sim, `${PODS}?watch=1&resourceVersion=${rv}`);
    const ev = await w.nextJson();
    expect(ev).toMatchObject({ type: 'MODIFIED', object: { metadata: { name: 'kube-proxy-1', labels: { resumed: 'yes' } } } });
    w.close();
  });

  it('answers a resourceVersion older than the history with an ERROR 410 Expired event and ends', async () => {
    const rv = (await call(h.sim, PODS)).json.metadata.resourceVersion;
    await h.t.mutate((m) => {
      for (let i = 0; i < 7; i++) relabel(m, 'kube-proxy-2', { 'k8s-app': 'kube-proxy', n: String(i) });
    });
    const w = stream(h.sim, `${PODS}?watch=true&resourceVersion=${rv}`);
    expect(await w.status).toBe(200);
    const ev = await w.nextJson();
    expect(ev.type).toBe('ERROR');
    expect(ev.object).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Expired', code: 410 });
    expect(ev.object.message).toMatch(new RegExp(`^too old resource version: ${rv} \\(\\d+\\)$`));
    await w.ended;
  });

  it('expires a continue token whose list version left the history (410 Expired)', async () => {
    const first = (await call(h.sim, `${PODS}?limit=2`)).json;
    await h.t.mutate((m) => {
      for (let i = 0; i < 7; i++) relabel(m, 'kube-proxy-2', { 'k8s-app': 'kube-proxy', m: String(i) });
    });
    const r = await call(h.sim, `${PODS}?limit=2&continue=${first.metadata.continue}`);
    expect(r.status).toBe(410);
    expect(r.json).toMatchObject({ kind: 'Status', reason: 'Expired', code: 410 });
    expect(r.json.message).toContain('The provided continue parameter is too old');
  });

  it('applies selectors: an object that stops matching is DELETED, one that starts matching is ADDED', async () => {
    const w = stream(h.sim, `${PODS}?watch=true&labelSelector=${encodeURIComponent('k8s-app=kube-dns')}`);
    expect((await w.nextJson()).type).toBe('ADDED');
    expect((await w.nextJson()).type).toBe('ADDED');
    await h.t.mutate((m) => relabel(m, 'coredns-abc', { 'k8s-app': 'other' }));
    expect(await w.nextJson()).toMatchObject({ type: 'DELETED', object: { metadata: { name: 'coredns-abc' } } });
    await h.t.mutate((m) => relabel(m, 'kube-proxy-2', { 'k8s-app': 'kube-dns' }));
    expect(await w.nextJson()).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'kube-proxy-2' } } });
    await h.t.mutate((m) => relabel(m, 'coredns-abc', { 'k8s-app': 'kube-dns' }));
    expect(await w.nextJson()).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'coredns-abc' } } });
    w.close();
  });

  it('applies field selectors and a single-object watch', async () => {
    const w = stream(h.sim, `/api/v1/nodes?watch=true&fieldSelector=metadata.name%3Dworker-1`);
    expect(nameOf(await w.nextJson())).toBe('worker-1');
    await h.t.mutate((m) => {
      for (const name of ['cp-1', 'worker-1']) {
        const n = m.get('v1', 'Node', undefined, name)!;
        m.upsert({ ...n, spec: { unschedulable: true } });
      }
    });
    expect(await w.nextJson()).toMatchObject({ type: 'MODIFIED', object: { metadata: { name: 'worker-1' } } });
    w.close();
  });

  it('sends BOOKMARK events with only kind, apiVersion and resourceVersion when allowed', async () => {
    const w = stream(h.sim, `/api/v1/nodes?watch=true&allowWatchBookmarks=true&resourceVersion=${(await call(h.sim, '/api/v1/nodes')).json.metadata.resourceVersion}`);
    const ev = await w.nextJson();
    expect(ev.type).toBe('BOOKMARK');
    expect(ev.object.kind).toBe('Node');
    expect(ev.object.apiVersion).toBe('v1');
    expect(ev.object.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(Object.keys(ev.object.metadata).filter((k) => k !== 'creationTimestamp')).toEqual(['resourceVersion']);
    w.close();
  });

  it('ends the stream cleanly after timeoutSeconds and counts open watches', async () => {
    const w = stream(h.sim, `/api/v1/namespaces/kube-system/configmaps?watch=true&timeoutSeconds=1`);
    expect(await w.status).toBe(200);
    expect(h.sim.stats().watches.open).toBeGreaterThan(0);
    await w.ended;
    await expect(w.next()).rejects.toThrow('stream ended');
  });

  it('wraps events in one-row Tables when kubectl asks as=Table', async () => {
    const accept = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
    const w = stream(h.sim, `${PODS}?watch=true&fieldSelector=metadata.name%3Dcoredns-def`, { accept });
    const ev = await w.nextJson();
    expect(ev.type).toBe('ADDED');
    expect(ev.object.kind).toBe('Table');
    expect(ev.object.rows).toHaveLength(1);
    expect(ev.object.rows[0].object.metadata.name).toBe('coredns-def');
    w.close();
  });

  it('streams events.k8s.io/v1 events converted from core events', async () => {
    const w = stream(h.sim, '/apis/events.k8s.io/v1/namespaces/kube-system/events?watch=true&fieldSelector=reason%3DKilling');
    await h.t.mutate((m) =>
      m.upsert({ apiVersion: 'v1', kind: 'Event', metadata: { name: 'x.1', namespace: 'kube-system' }, involvedObject: { kind: 'Pod', name: 'x' }, reason: 'Killing', message: 'Stopping container x', type: 'Normal' }),
    );
    expect(await w.nextJson()).toMatchObject({ type: 'ADDED', object: { apiVersion: 'events.k8s.io/v1', note: 'Stopping container x', regarding: { name: 'x' } } });
    w.close();
  });

  it('rejects a malformed resourceVersion with 400', async () => {
    const r = await call(h.sim, `${PODS}?watch=true&resourceVersion=abc`);
    expect(r.status).toBe(400);
    expect(r.json.kind).toBe('Status');
  });
});
