/** The logs API through real HTTP: tail, previous, error envelopes, SSE follow and resume without duplicates. */
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY } from './env';
import { podsOf } from './pages/pod-page';

interface SseEvent {
  id?: string;
  event?: string;
  data: { id: string; text: string };
}

/** Reads `count` events from an SSE endpoint, then disconnects (as a dropped browser stream would). */
async function readEvents(url: string, count: number, headers: Record<string, string> = {}): Promise<{ events: SseEvent[]; response: Response }> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const events: SseEvent[] = [];
  if (!response.ok) return { events, response };
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0 && events.length < count) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
      if (fields.data) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
    }
  }
  abort.abort();
  return { events, response };
}

test('tailLines returns that many lines with ids in time order', async ({ request }) => {
  const [pod] = await podsOf(request, HEALTHY.url, 'coredns');
  const response = await request.get(`${HEALTHY.url}/api/pods/${pod!.name}/logs?tailLines=5`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { lines: { id: string; time: string; text: string }[] };
  expect(body.lines).toHaveLength(5);
  for (const line of body.lines) expect(line.id).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z#\d+$/);
  const text = await request.get(`${HEALTHY.url}/api/pods/${pod!.name}/logs?tailLines=3&format=text&timestamps=true`);
  expect(text.headers()['content-type']).toContain('text/plain');
  const lines = (await text.text()).trimEnd().split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z /);
});

test("previous returns the crashed CoreDNS container's log", async ({ request }) => {
  const pods = await podsOf(request, DEGRADED.url, 'coredns');
  const crashing = pods.find((p) => p.restarts > 0)!;
  const response = await request.get(`${DEGRADED.url}/api/pods/${crashing.name}/logs?previous=true`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { lines: { text: string }[] };
  expect(body.lines.map((l) => l.text).join('\n')).toContain('[FATAL] plugin/loop');
});

test('a bad container, a missing previous instance and an unknown pod answer the error envelope', async ({ request }) => {
  const [pod] = await podsOf(request, HEALTHY.url, 'coredns');
  const bad = await request.get(`${HEALTHY.url}/api/pods/${pod!.name}/logs?container=nope`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: { code: 'BadRequest', status: 400, message: `container nope is not valid for pod ${pod!.name}` } });
  const noPrevious = await request.get(`${HEALTHY.url}/api/pods/${pod!.name}/logs?previous=true`);
  expect(noPrevious.status()).toBe(400);
  expect(((await noPrevious.json()) as { error: { message: string } }).error.message).toMatch(/previous terminated container "coredns" in pod .* not found/);
  const unknown = await request.get(`${HEALTHY.url}/api/pods/no-such-pod/logs`);
  expect(unknown.status()).toBe(404);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('no-such-pod');
  const badTail = await request.get(`${HEALTHY.url}/api/pods/${pod!.name}/logs?tailLines=99999`);
  expect(badTail.status()).toBe(400);
});

test('follow streams SSE, and resuming with Last-Event-ID neither repeats nor loses lines', async ({ request }) => {
  const [pod] = await podsOf(request, HEALTHY.url, 'coredns');
  const url = `${HEALTHY.url}/api/pods/${pod!.name}/logs?follow=true&tailLines=6`;
  const first = await readEvents(url, 6);
  expect(first.response.headers.get('content-type')).toContain('text/event-stream');
  expect(first.response.headers.get('x-accel-buffering')).toBe('no');
  expect(first.events).toHaveLength(6);
  for (const e of first.events) expect(e.id).toBe(e.data.id);
  // Drop after the third line; the resumed stream must start with the fourth.
  const resumed = await readEvents(url, 3, { 'Last-Event-ID': first.events[2]!.id! });
  expect(resumed.events.map((e) => e.data.text)).toEqual(first.events.slice(3, 6).map((e) => e.data.text));
  expect(resumed.events.map((e) => e.id)).toEqual(first.events.slice(3, 6).map((e) => e.id));
  // `?after=` does the same for clients that cannot set headers.
  const viaQuery = await readEvents(`${url}&after=${encodeURIComponent(first.events[4]!.id!)}`, 1);
  expect(viaQuery.events[0]!.id).toBe(first.events[5]!.id);
});

test('component logs merge the pods with kubectl --prefix lines, and 404 for an unknown component', async ({ request }) => {
  const response = await request.get(`${DEGRADED.url}/api/components/coredns/logs?tailLines=5`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { lines: { text: string; time: string; source: string }[] };
  const sources = new Set(body.lines.map((l) => l.source));
  expect(sources.size).toBe(2);
  for (const line of body.lines) expect(line.text.startsWith(`[pod/${line.source}] `)).toBe(true);
  const times = body.lines.map((l) => Date.parse(l.time));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  const unknown = await request.get(`${DEGRADED.url}/api/components/no-such-thing/logs`);
  expect(unknown.status()).toBe(404);
});

test('the pod detail API describes from the cache and 404s an unknown pod by name', async ({ request }) => {
  const [pod] = await podsOf(request, HEALTHY.url, 'coredns');
  const detail = await request.get(`${HEALTHY.url}/api/pods/${pod!.name}`);
  const body = (await detail.json()) as { pod: { name: string; workload: { kind: string; name: string }; component: { id: string } } };
  expect(body.pod).toMatchObject({ name: pod!.name, workload: { kind: 'Deployment', name: 'coredns' }, component: { id: 'coredns' } });
  const yaml = await request.get(`${HEALTHY.url}/api/pods/${pod!.name}?format=yaml`);
  expect(yaml.headers()['content-type']).toContain('text/yaml');
  expect(await yaml.text()).toMatch(/^apiVersion: v1\nkind: Pod\n/);
  const unknown = await request.get(`${HEALTHY.url}/api/pods/no-such-pod`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: { code: 'NotFound', status: 404, message: 'pod "no-such-pod" not found in kube-system' } });
});
