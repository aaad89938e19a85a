import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch, notModified, validatorOf } from './etag';

const body = (generatedAt: string, lastSyncAt: string, status = 'healthy') =>
  JSON.stringify({ groups: [{ id: 'node', status }], freshness: { state: 'live', lastSyncAt }, generatedAt });

describe('validatorOf', () => {
  it('gives the same weak tag to answers that differ only in their clock fields', () => {
    const a = validatorOf(body('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'));
    const b = validatorOf(body('2026-01-01T00:00:05.000Z', '2026-01-01T00:00:04.000Z'));
    expect(a.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(b.etag).toBe(a.etag);
    expect(b.generatedAt).toBe('2026-01-01T00:00:05.000Z');
    expect(b.lastSyncAt).toBe('2026-01-01T00:00:04.000Z');
  });

  it('gives another tag when the data changed', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(validatorOf(body(at, at, 'degraded')).etag).not.toBe(validatorOf(body(at, at)).etag);
  });

  it('reads no clock fields from a body without them', () => {
    const v = validatorOf('{"items":[]}');
    expect(v.generatedAt).toBeUndefined();
    expect(v.lastSyncAt).toBeUndefined();
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = 'W/"abc"';
  it.each([
    ['W/"abc"', true],
    ['"abc"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['W/"abd"', false],
    ['', false],
  ])('%s → %s', (header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });

  it('is false without the header', () => {
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });
});

describe('notModified', () => {
  it('is a 304 without a body or content type, with the tag and the current clock fields', async () => {
    const response = notModified({ etag: 'W/"abc"', generatedAt: 'g', lastSyncAt: 's' }, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-type')).toBeNull();
    expect(response.headers.get('etag')).toBe('W/"abc"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-generated-at')).toBe('g');
    expect(response.headers.get('x-last-sync-at')).toBe('s');
  });
});
