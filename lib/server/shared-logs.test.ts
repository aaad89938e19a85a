/**
 * Followed logs shared like the cache, through the real routes against the demo cluster: many viewers of
 * one pod's log are one upstream follow at the demo cluster (its /stats), a component-wide follow joins the
 * pods' streams, a viewer resumes after its last line without duplicates, and the upstream closes after
 * the last viewer leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getComponentLogs } from '@/app/api/components/[id]/logs/route';
import { GET as getPodLogs } from '@/app/api/pods/[name]/logs/route';
import { eventually, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';

let t: SimRuntime;
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

interface Viewer {
  abort: AbortController;
  /** The SSE events' ids and data lines read so far. */
  events: { id?: string; text?: string }[];
  done: Promise<void>;
}

/** Opens a follow through a route handler and reads its SSE events as they come. */
async function follow(response: Promise<Response>, abort: AbortController): Promise<Viewer> {
  const answer = await response;
  expect(answer.status).toBe(200);
  const events: Viewer['events'] = [];
  const reader = answer.body!.getReader();
  const decoder = new TextDecoder();
  const done = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { done: end, value } = await reader.read();
        if (end) return;
        buffer += decoder.decode(value, { stream: true });
        let gap = buffer.indexOf('\n\n');
        while (gap >= 0) {
          const block = buffer.slice(0, gap);
          buffer = buffer.slice(gap + 2);
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) events.push({ id, text: (JSON.parse(data) as { text?: string }).text });
          gap = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // The viewer went away.
    }
  })();
  return { abort, events, done };
}

function podFollow(pod: string, query = 'follow=true&tailLines=5', headers: Record<string, string> = {}): Promise<Viewer> {
  const abort = new AbortController();
  const request = new Request(`http://kubesys.test/api/pods/${pod}/logs?${query}`, { signal: abort.signal, headers });
  return follow(getPodLogs(request, params({ name: pod })), abort);
}

const openFollows = async () => (await t.stats()).logFollows.open;

beforeAll(async () => {
  t = await startSimRuntime('shared-logs', { nodes: 3, seed: 5 }, { STREAM_MAX_PER_CLIENT: '100', STREAM_MAX_TOTAL: '200' });
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
});

afterAll(async () => {
  await t?.close();
});

describe('followed logs, shared', () => {
  it('opens one upstream follow for 30 viewers of one pod, joined by the component-wide follow, and closes it after the last leaves', async () => {
    const pods = t.runtime.list('pods').map((p) => p.metadata?.name ?? '').filter((name) => name.startsWith('coredns-')).sort();
    expect(pods.length).toBeGreaterThanOrEqual(2);
    expect(await openFollows()).toBe(0);
    const viewers: Viewer[] = [];
    for (let i = 0; i < 30; i++) viewers.push(await podFollow(pods[0]!));
    await eventually(() => viewers.every((v) => v.events.length >= 5), 20_000, 'every viewer has its tail');
    expect(await openFollows()).toBe(1);

    // The component's follow reads every coredns pod: the first through the stream already open.
    const abort = new AbortController();
    const component = await follow(getComponentLogs(new Request('http://kubesys.test/api/components/coredns/logs?follow=true&tailLines=5', { signal: abort.signal }), params({ id: 'coredns' })), abort);
    await eventually(() => component.events.length >= 5 * pods.length, 20_000, 'the component follow has every pod tail');
    expect(await openFollows()).toBe(pods.length);
    expect(t.runtime.logs.stats()).toMatchObject({ upstream: pods.length });

    for (const viewer of [...viewers, component]) viewer.abort.abort();
    await Promise.all([...viewers, component].map((v) => v.done));
    await eventually(async () => (await openFollows()) === 0, 10_000, 'every upstream follow closed after its last viewer');
    expect(t.runtime.logs.stats()).toEqual({ upstream: 0, viewers: 0 });
  });

  it('resumes a viewer after its last line (Last-Event-ID) without a duplicate, from the shared stream', async () => {
    const pod = t.runtime.list('pods').map((p) => p.metadata?.name ?? '').find((name) => name.startsWith('coredns-'))!;
    const staying = await podFollow(pod, 'follow=true&tailLines=20');
    const leaving = await podFollow(pod, 'follow=true&tailLines=3');
    await eventually(() => leaving.events.length >= 3, 20_000, 'the tail');
    leaving.abort.abort();
    await leaving.done;
    const last = leaving.events.at(-1)!;
    const resumed = await podFollow(pod, 'follow=true&tailLines=3', { 'Last-Event-ID': last.id! });
    // CoreDNS in the demo cluster logs a line every few seconds: wait for one written after the resume point.
    await eventually(() => resumed.events.length >= 1 && staying.events.some((e) => e.id === resumed.events[0]!.id), 30_000, 'a line after the resume point');
    const ids = [...leaving.events, ...resumed.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Nothing lost: the resumed lines continue the staying viewer's sequence right after the last one read.
    const order = staying.events.map((e) => e.id);
    expect(order.indexOf(resumed.events[0]!.id)).toBe(order.indexOf(last.id) + 1);
    expect(await openFollows()).toBe(1);
    for (const viewer of [staying, resumed]) viewer.abort.abort();
    await eventually(async () => (await openFollows()) === 0, 10_000, 'closed after the last viewer');
  });
});
