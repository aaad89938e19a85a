/**
 * `GET /api/findings` through the route recipe against a demo cluster that does not tick: findings say
 * when with moments, not ages, so an answer rebuilt seconds later (past the findings memo's age) keeps its
 * entity tag and a conditional poll gets a 304.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/findings/route';
import type { FindingsResponse } from '@/lib/api/findings';
import { eventually, sleep, startSimRuntime, type SimRuntime } from '@/test/sim-runtime';
import { HEARTBEAT_GRAIN_MS } from './runtime';

/** Longer than the findings memo's age (the heartbeat grain), so the second answer is built again at a later `now`. */
const PAST_MEMO_MS = HEARTBEAT_GRAIN_MS + 500;
const URL = 'http://localhost/api/findings';

let t: SimRuntime;

beforeAll(async () => {
  t = await startSimRuntime('findings-etag', { tickMs: 0, scenario: 'degraded' });
  expect(await t.runtime.waitForSync(20_000)).toBe(true);
  await GET(new Request(URL)); // starts the DNS and TLS probes
  await eventually(() => Boolean(t.runtime.probes.dns && t.runtime.probes.tls), 20_000, 'the first probe results');
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/findings on an unchanged cluster', () => {
  it('answers a conditional poll seconds later with 304, the same entity tag and no body', async () => {
    const first = await GET(new Request(URL));
    expect(first.status).toBe(200);
    const body = (await first.json()) as FindingsResponse;
    expect(body.findings.some((f) => f.severity === 'critical')).toBe(true);
    // A probe run (every 30 s) between the two polls is a real change; poll again then.
    let etag = first.headers.get('etag')!;
    let again: Response | undefined;
    await eventually(async () => {
      await sleep(PAST_MEMO_MS);
      again = await GET(new Request(URL, { headers: { 'If-None-Match': etag } }));
      if (again.status !== 304) etag = again.headers.get('etag')!;
      return again.status === 304;
    }, 40_000, 'a 304 for an unchanged cluster');
    expect(await again!.text()).toBe('');
    expect(again!.headers.get('etag')).toBe(etag);
  }, 60_000);
});
