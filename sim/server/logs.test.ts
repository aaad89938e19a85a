import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rfc3339Nano } from './logs';
import { T0 } from './test-source';
import { call, startHarness, stream, type Harness } from './test-helpers';

const LOG = '/api/v1/namespaces/kube-system/pods';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logPollMs: 30 });
});
afterAll(() => h.sim.close());

describe('pod logs', () => {
  it('returns the whole log as text/plain, or the last tailLines', async () => {
    const all = await call(h.sim, `${LOG}/coredns-abc/log`);
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toMatch(/^text\/plain/);
    expect(all.text.split('\n')).toHaveLength(21);
    expect((await call(h.sim, `${LOG}/coredns-abc/log?tailLines=2`)).text).toBe('[INFO] line 18\n[INFO] line 19\n');
    expect((await call(h.sim, `${LOG}/coredns-abc/log?tailLines=0`)).text).toBe('');
  });

  it('prefixes RFC3339Nano timestamps like the kubelet', async () => {
    const r = await call(h.sim, `${LOG}/coredns-abc/log?tailLines=1&timestamps=true`);
    expect(r.text).toBe('2026-11-28T20:00:19Z [INFO] line 19\n');
    expect(rfc3339Nano(T0 + 12.5)).toBe('2026-11-28T20:00:00.0125Z');
    expect(rfc3339Nano(T0 + 120)).toBe('2026-11-28T20:00:00.12Z');
  });

  it('honours sinceSeconds against the current time', async () => {
    expect((await call(h.sim, `${LOG}/coredns-abc/log?sinceSeconds=1`)).text).toBe('');
    const ageSeconds = Math.ceil((Date.now() - T0) / 1000) + 60;
    expect((await call(h.sim, `${LOG}/coredns-abc/log?sinceSeconds=${ageSeconds}`)).text.split('\n')).toHaveLength(21);
    expect((await call(h.sim, `${LOG}/coredns-abc/log?sinceSeconds=0`)).status).toBe(400);
  });

  it('honours limitBytes and sinceTime', async () => {
    expect((await call(h.sim, `${LOG}/coredns-abc/log?limitBytes=10`)).text).toBe('[INFO] lin');
    const since = new Date(T0 + 18_000).toISOString();
    expect((await call(h.sim, `${LOG}/coredns-abc/log?sinceTime=${since}`)).text).toBe('[INFO] line 18\n[INFO] line 19\n');
  });

  it('requires a container name on a multi-container pod, with the API server message', async () => {
    const r = await call(h.sim, `${LOG}/metrics-server-1/log`);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ kind: 'Status', reason: 'BadRequest', message: 'a container name must be specified for pod metrics-server-1, choose one of: [metrics-server sidecar]' });
    expect((await call(h.sim, `${LOG}/metrics-server-1/log?container=metrics-server`)).text).toBe('serving\n');
    expect((await call(h.sim, `${LOG}/metrics-server-1/log?container=nope`)).status).toBe(400);
  });

  it('serves the previous container, or 400 when there is none', async () => {
    expect((await call(h.sim, `${LOG}/coredns-def/log?previous=true`)).text).toBe('panic: previous instance\n');
    const r = await call(h.sim, `${LOG}/coredns-abc/log?previous=true`);
    expect(r.status).toBe(400);
    expect(r.json.message).toBe('previous terminated container "coredns" in pod "coredns-abc" not found');
  });

  it('says why a container has no log: waiting to start, or none recorded', async () => {
    const waiting = await call(h.sim, `${LOG}/kube-proxy-2/log`);
    expect(waiting.status).toBe(400);
    expect(waiting.json.message).toBe('container "kube-proxy" in pod "kube-proxy-2" is waiting to start: ContainerCreating');
    const none = await call(h.sim, `${LOG}/etcd-cp-1/log`);
    expect(none.status).toBe(404);
    expect(none.json.message).toBe('no log is available for container "etcd" in pod "etcd-cp-1"');
  });

  it('answers 404 for a missing pod', async () => {
    const r = await call(h.sim, `${LOG}/ghost/log`);
    expect(r.status).toBe(404);
    expect(r.json.message).toBe('pods "ghost" not found');
  });

  it('follows: streams new lines as they appear, and ends when the container restarts', async () => {
    const f = stream(h.sim, `${LOG}/coredns-def/log?follow=true`);
    expect(await f.next()).toBe('current');
    const lines = h.t.logs.get('coredns-def/coredns')!;
    lines.push({ time: T0 + 1000, text: 'second' }, { time: T0 + 1000, text: 'third' });
    expect(await f.next()).toBe('second');
    expect(await f.next()).toBe('third');
    lines.push({ time: T0 + 1000, text: 'fourth, same millisecond' });
    expect(await f.next()).toBe('fourth, same millisecond');
    await h.t.mutate((m) => {
      const pod = m.get('v1', 'Pod', 'kube-system', 'coredns-def')! as { status: { containerStatuses: { restartCount: number }[] } } & Parameters<typeof m.upsert>[0];
      m.upsert({ ...pod, status: { ...pod.status, containerStatuses: [{ ...pod.status.containerStatuses[0], restartCount: 4 }] } });
    });
    await f.ended;
  });

  it('ends a follow when the client goes away, and counts it open until then', async () => {
    const f = stream(h.sim, `${LOG}/coredns-abc/log?follow=true&tailLines=1`);
    expect(await f.next()).toBe('[INFO] line 19');
    expect(h.sim.stats().logFollows.open).toBe(1);
    f.close();
    await f.ended;
    await expect.poll(() => h.sim.stats().logFollows.open).toBe(0);
  });
});
