/**
 * The 304 path through real HTTP: the route recipe's entity tags and the client fetcher's conditional
 * polls, against a demo cluster that does not tick (nothing new between two polls) and a route of the
 * recipe whose answer the test changes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getComponent } from '@/app/api/components/[id]/route';
import { GET as getOverview } from '@/app/api/overview/route';
import type { ComponentDetailResponse } from '@/lib/api/component';
import { fetchJson, keepAnswer } from '@/lib/hooks/fetcher';
import { eventually, sleep, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import { validatorOf } from './etag';
import { firstView } from './first-view';
import { componentDetailJson } from './component-detail';
import { jsonRoute } from './route';
import { HEARTBEAT_GRAIN_MS } from './runtime';

/** Past the overview's and the detail's memo age (the heartbeat grain): the next answer is built again. */
const PAST_MAX_AGE_MS = HEARTBEAT_GRAIN_MS + 100;

let t: SimRuntime;
let server: http.Server;
let base: string;
/** What the server answered, in order: `200 /api/overview`, `304 /api/overview` … */
const seen: string[] = [];
let answer: unknown = { value: 1, generatedAt: '2026-01-01T00:00:00.000Z' };
const getTest = jsonRoute({}, () => answer);

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', base);
  const request = new Request(url, { headers: req.headers as Record<string, string> });
  const component = /^\/api\/components\/([^/]+)$/.exec(url.pathname);
  const response = url.pathname === '/api/overview'
    ? await getOverview(request)
    : component
      ? await getComponent(request, { params: Promise.resolve({ id: decodeURIComponent(component[1]) }) })
      : await getTest(request);
  seen.push(`${response.status} ${url.pathname}`);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

beforeAll(async () => {
  t = await startSimRuntime('conditional-poll', { tickMs: 0 });
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
  // The health poller's first answers (version, readyz) arrive after the sync; then CoreDNS's page does not move
  // (the overview does: its reasons say how many seconds ago each leader Lease was renewed).
  await eventually(async () => {
    const before = validatorOf(componentDetailJson(t.runtime, 'coredns', 1)).etag;
    await sleep(PAST_MAX_AGE_MS);
    return validatorOf(componentDetailJson(t.runtime, 'coredns', 1)).etag === before;
  }, 20_000, 'a steady component page');
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

describe('a poll that finds nothing new', () => {
  it('is a 304 without a body for a conditional GET of the same data, with the current clock fields', async () => {
    const url = `${base}/api/components/coredns`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const body = (await first.json()) as ComponentDetailResponse;

    await sleep(PAST_MAX_AGE_MS); // a rebuilt answer, with a new generatedAt
    const again = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(Date.parse(again.headers.get('x-generated-at')!)).toBeGreaterThan(Date.parse(body.generatedAt));

    const other = await fetch(url, { headers: { 'If-None-Match': 'W/"something-else"' } });
    expect(other.status).toBe(200);
    expect(((await other.json()) as ComponentDetailResponse).pods).toEqual(body.pods);
  });

  it('gives the fetcher its kept answer on a 304, with the new generatedAt', async () => {
    seen.length = 0;
    const first = await fetchJson<ComponentDetailResponse>(`${base}/api/components/coredns`);
    await sleep(PAST_MAX_AGE_MS);
    const second = await fetchJson<ComponentDetailResponse>(`${base}/api/components/coredns`);
    expect(seen).toEqual(['200 /api/components/coredns', '304 /api/components/coredns']);
    expect(second.component).toEqual(first.component);
    expect(second.pods).toEqual(first.pods);
    expect(Date.parse(second.generatedAt)).toBeGreaterThan(Date.parse(first.generatedAt));
  });

  it('is a 200 with the new body once the data changed, and the fetcher keeps the new answer', async () => {
    seen.length = 0;
    answer = { value: 1, generatedAt: '2026-01-01T00:00:00.000Z' };
    expect(await fetchJson(`${base}/api/test`)).toEqual(answer);
    answer = { value: 1, generatedAt: '2026-01-01T00:00:09.000Z' };
    expect(await fetchJson(`${base}/api/test`)).toEqual(answer);
    answer = { value: 2, generatedAt: '2026-01-01T00:00:10.000Z' };
    expect(await fetchJson(`${base}/api/test`)).toEqual(answer);
    expect(await fetchJson(`${base}/api/test`)).toEqual(answer);
    expect(seen).toEqual(['200 /api/test', '304 /api/test', '200 /api/test', '304 /api/test']);
  });

  it('makes the first poll after a server-rendered first view a 304', async () => {
    seen.length = 0;
    const initial = await firstView<ComponentDetailResponse>((runtime) => componentDetailJson(runtime, 'kube-proxy', 1));
    expect(initial?.etag).toBe(validatorOf(componentDetailJson(t.runtime, 'kube-proxy', 1)).etag);
    const url = `${base}/api/components/kube-proxy`;
    keepAnswer(url, initial!.etag, initial!.data);
    const polled = await fetchJson<ComponentDetailResponse>(url);
    expect(seen).toEqual(['304 /api/components/kube-proxy']);
    expect(polled.pods).toEqual(initial!.data.pods);
  });

  it('answers errors without a tag, and the fetcher throws them', async () => {
    seen.length = 0;
    await expect(fetchJson(`${base}/api/components/no-such-component`)).rejects.toMatchObject({ status: 404, code: 'NotFound' });
    const response = await fetch(`${base}/api/components/no-such-component`);
    expect(response.headers.get('etag')).toBeNull();
  });
});
