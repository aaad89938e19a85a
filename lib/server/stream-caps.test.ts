import { describe, expect, it } from 'vitest';
import { acquireStreamSlot, holdSlotWhileStreaming, StreamCaps } from './stream-caps';

describe('StreamCaps', () => {
  it('caps streams per client', () => {
    const caps = new StreamCaps(2, 10);
    expect(caps.tryAcquire('192.0.2.1').ok).toBe(true);
    expect(caps.tryAcquire('192.0.2.1').ok).toBe(true);
    const third = caps.tryAcquire('192.0.2.1');
    expect(third).toEqual({ ok: false, message: expect.stringContaining('2 of 2 (STREAM_MAX_PER_CLIENT)') });
    expect(caps.tryAcquire('192.0.2.2').ok).toBe(true);
  });

  it('caps streams in total', () => {
    const caps = new StreamCaps(5, 2);
    caps.tryAcquire('a');
    caps.tryAcquire('b');
    expect(caps.tryAcquire('c')).toEqual({ ok: false, message: expect.stringContaining('2 of 2 (STREAM_MAX_TOTAL)') });
  });

  it('frees a slot on release, once however often it is released', () => {
    const caps = new StreamCaps(1, 1);
    const grant = caps.tryAcquire('a');
    if (!grant.ok) throw new Error('refused');
    grant.slot.release();
    grant.slot.release();
    expect(caps.open()).toBe(0);
    expect(caps.open('a')).toBe(0);
    const again = caps.tryAcquire('a');
    expect(again.ok).toBe(true);
    expect(caps.tryAcquire('b').ok).toBe(false);
  });
});

describe('acquireStreamSlot', () => {
  it('answers a Kubernetes Status 429 with the error envelope and Retry-After when over a cap', async () => {
    const results = Array.from({ length: 11 }, () => acquireStreamSlot('198.51.100.9'));
    const refused = results.find((r) => 'refusal' in r);
    if (!refused || !('refusal' in refused)) throw new Error('never refused');
    expect(refused.refusal.status).toBe(429);
    expect(refused.refusal.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.refusal.json()).toMatchObject({
      kind: 'Status',
      code: 429,
      reason: 'TooManyRequests',
      error: { code: 'TooManyRequests', status: 429, message: expect.stringContaining('STREAM_MAX_PER_CLIENT') },
    });
    for (const r of results) if ('slot' in r) r.slot.release();
  });
});

describe('holdSlotWhileStreaming', () => {
  function source() {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => void (controller = c),
      cancel: () => void (cancelled = true),
    });
    return { body, controller, isCancelled: () => cancelled };
  }

  it('holds the slot while the body streams and releases it when the body ends', async () => {
    const caps = new StreamCaps(1, 1);
    const grant = caps.tryAcquire('a');
    if (!grant.ok) throw new Error('refused');
    const upstream = source();
    const response = holdSlotWhileStreaming(new Response(upstream.body), grant.slot, new AbortController().signal);
    const reader = response.body!.getReader();
    upstream.controller.enqueue(new TextEncoder().encode('line\n'));
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('line\n');
    expect(caps.open()).toBe(1);
    upstream.controller.close();
    expect((await reader.read()).done).toBe(true);
    expect(caps.open()).toBe(0);
  });

  it('releases the slot and cancels the upstream body when the client aborts', async () => {
    const caps = new StreamCaps(1, 1);
    const grant = caps.tryAcquire('a');
    if (!grant.ok) throw new Error('refused');
    const upstream = source();
    const client = new AbortController();
    holdSlotWhileStreaming(new Response(upstream.body), grant.slot, client.signal);
    client.abort();
    await Promise.resolve();
    expect(caps.open()).toBe(0);
    expect(upstream.isCancelled()).toBe(true);
  });

  it('releases the slot when the response body is cancelled (the client closed the connection)', async () => {
    const caps = new StreamCaps(1, 1);
    const grant = caps.tryAcquire('a');
    if (!grant.ok) throw new Error('refused');
    const upstream = source();
    const response = holdSlotWhileStreaming(new Response(upstream.body), grant.slot, new AbortController().signal);
    await response.body!.cancel();
    expect(caps.open()).toBe(0);
    expect(upstream.isCancelled()).toBe(true);
  });
});
