/**
 * Streams that cannot pile up: a HEAD opens nothing upstream, a proxied watch lasts the configured
 * maximum whatever the client asks, watches and log follows are capped per client and in total (a
 * Kubernetes `Status` 429), and a client that leaves takes its upstream stream with it. Proven on the
 * demo cluster's own counts of open watches and log follows (its admin port), against the security
 * dashboard (2 streams per client, 4 in total, 3-second watches). Serial: the caps are shared.
 */
import { expect, test } from '@playwright/test';
import { SECURITY } from './env';
import { openStream, openUpstreamStreams, send, type OpenStream } from './http';

test.describe.configure({ mode: 'serial' });

const BASE = SECURITY.url;
const WATCH = '/api/k8s/api/v1/namespaces/kube-system/pods?watch=true&timeoutSeconds=3600';
let cookie: string;
let pod: string;

const upstream = () => openUpstreamStreams(SECURITY.adminUrl);
const withSession = () => ({ Cookie: cookie });
const podFollow = () => `/api/pods/${pod}/logs?follow=true`;
const proxiedFollow = () => `/api/k8s/api/v1/namespaces/kube-system/pods/${pod}/log?follow=true`;

test.beforeAll(async () => {
  const signIn = await send(BASE, '/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: SECURITY.token }),
  });
  expect(signIn.status, signIn.body).toBe(200);
  cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  const pods = await send(BASE, '/api/k8s/api/v1/namespaces/kube-system/pods', { headers: withSession() });
  pod = (JSON.parse(pods.body) as { items: { metadata: { name: string } }[] }).items.map((p) => p.metadata.name).find((name) => name.startsWith('coredns-'))!;
  expect(pod).toBeTruthy();
});

/** Every stream a test opened is dropped, and the demo cluster's counts return to `baseline`. */
async function closeAll(streams: OpenStream[], baseline: { watches: number; logFollows: number }): Promise<void> {
  for (const stream of streams) stream.close();
  await expect.poll(async () => (await upstream()).logFollows, { timeout: 20_000 }).toBe(baseline.logFollows);
  await expect.poll(async () => (await upstream()).watches, { timeout: 20_000 }).toBeLessThanOrEqual(baseline.watches);
}

test('HEAD opens nothing upstream: not a watch, not a log (was: 20 HEADs left 20 watches open)', async () => {
  const before = await upstream();
  for (let i = 0; i < 20; i++) {
    for (const path of [WATCH, proxiedFollow(), podFollow(), `/api/pods/${pod}/logs`, `/api/components/coredns/logs?follow=true`]) {
      const answer = await send(BASE, path, { method: 'HEAD', headers: withSession() });
      expect(answer.status, path).toBe(405);
      expect(answer.headers.allow).toBe('GET');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  }
  const after = await upstream();
  expect(after.watches).toBeLessThanOrEqual(before.watches);
  expect(after.logFollows).toBe(before.logFollows);
  expect(after.requests['WATCH pods'] ?? 0).toBe(before.requests['WATCH pods'] ?? 0);
  expect(after.requests['GET pods/log'] ?? 0).toBe(before.requests['GET pods/log'] ?? 0);
});

test('a proxied watch ends at PROXY_WATCH_MAX_SECONDS however long the client asks for', async () => {
  const before = await upstream();
  const watch = await openStream(BASE, WATCH, { headers: withSession(), from: '127.0.0.11' });
  expect(watch.status).toBe(200);
  await watch.waitFor('"type":"ADDED"');
  await watch.ended;
  await expect.poll(async () => (await upstream()).watches).toBeLessThanOrEqual(before.watches);
});

test('watches and log follows are capped per client: the third stream is a 429 Status, another client still gets one', async () => {
  const baseline = await upstream();
  const from = '127.0.0.21';
  const streams = [await openStream(BASE, podFollow(), { headers: withSession(), from }), await openStream(BASE, proxiedFollow(), { headers: withSession(), from })];
  expect(streams.map((s) => s.status)).toEqual([200, 200]);

  for (const path of [WATCH, podFollow(), '/api/components/coredns/logs?follow=true']) {
    const refused = await send(BASE, path, { headers: withSession(), from });
    expect(refused.status, path).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(JSON.parse(refused.body)).toMatchObject({
      kind: 'Status',
      code: 429,
      reason: 'TooManyRequests',
      message: expect.stringContaining(`too many open streams from ${from}: 2 of 2 (STREAM_MAX_PER_CLIENT)`),
      error: { code: 'TooManyRequests', status: 429 },
    });
  }
  // A one-off read holds nothing open and is not capped.
  expect((await send(BASE, `/api/pods/${pod}/logs?tailLines=1`, { headers: withSession(), from })).status).toBe(200);

  const other = await openStream(BASE, podFollow(), { headers: withSession(), from: '127.0.0.22' });
  expect(other.status).toBe(200);
  await closeAll([...streams, other], baseline);
});

test('and in total: past STREAM_MAX_TOTAL a new client gets 429 until streams close', async () => {
  const baseline = await upstream();
  const streams: OpenStream[] = [];
  for (const from of ['127.0.0.31', '127.0.0.32']) {
    streams.push(await openStream(BASE, podFollow(), { headers: withSession(), from }));
    streams.push(await openStream(BASE, proxiedFollow(), { headers: withSession(), from }));
  }
  expect(streams.map((s) => s.status)).toEqual([200, 200, 200, 200]);
  const refused = await send(BASE, WATCH, { headers: withSession(), from: '127.0.0.33' });
  expect(refused.status).toBe(429);
  expect(JSON.parse(refused.body)).toMatchObject({ kind: 'Status', code: 429, message: expect.stringContaining('4 of 4 (STREAM_MAX_TOTAL)') });

  await closeAll(streams, baseline);
  const after = await openStream(BASE, podFollow(), { headers: withSession(), from: '127.0.0.33' });
  expect(after.status).toBe(200);
  await closeAll([after], baseline);
});

test('a client that goes away cancels its upstream: the watch and every log follow close', async () => {
  const baseline = await upstream();
  const streams = [
    await openStream(BASE, WATCH.replace('timeoutSeconds=3600', ''), { headers: withSession(), from: '127.0.0.41' }),
    await openStream(BASE, podFollow(), { headers: withSession(), from: '127.0.0.41' }),
    await openStream(BASE, proxiedFollow(), { headers: withSession(), from: '127.0.0.42' }),
    await openStream(BASE, '/api/components/coredns/logs?follow=true', { headers: withSession(), from: '127.0.0.42' }),
  ];
  expect(streams.map((s) => s.status)).toEqual([200, 200, 200, 200]);
  await streams[1]!.waitFor('data:');
  // The pod follow, the proxied one (a pass-through) and one per coredns pod for the component, whose
  // follow of the first pod shares the pod follow's upstream stream (lib/server/log-hub.ts).
  const listed = await send(BASE, '/api/k8s/api/v1/namespaces/kube-system/pods?labelSelector=k8s-app%3Dkube-dns', { headers: withSession() });
  const corednsPods = (JSON.parse(listed.body) as { items: unknown[] }).items.length;
  expect(corednsPods).toBeGreaterThanOrEqual(2);
  await expect.poll(async () => (await upstream()).logFollows).toBe(baseline.logFollows + 1 + corednsPods);
  await closeAll(streams, baseline);
});
