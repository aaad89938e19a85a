import { describe, expect, it } from 'vitest';
import { SessionStore } from './session-store';

const TOKEN = 'a-demo-access-token-0123456789';
const HOUR = 3_600_000;
const now = Date.UTC(2026, 0, 1);

describe('SessionStore', () => {
  it('knows a session it opened with the same token until it expires', () => {
    const store = new SessionStore();
    const session = store.create(TOKEN, now, 12 * HOUR);
    expect(store.verify(session, TOKEN, now)).toBe(true);
    expect(store.verify(session, TOKEN, now + 12 * HOUR - 1)).toBe(true);
    expect(store.verify(session, TOKEN, now + 12 * HOUR)).toBe(false);
    expect(store.verify(session, TOKEN, now)).toBe(false);
  });

  it('ends a session on sign-out: the same value no longer works', () => {
    const store = new SessionStore();
    const session = store.create(TOKEN, now, HOUR);
    expect(store.revoke(session)).toBe(true);
    expect(store.verify(session, TOKEN, now)).toBe(false);
    expect(store.revoke(session)).toBe(false);
  });

  it('ends sessions when the token rotates', () => {
    const store = new SessionStore();
    const session = store.create(TOKEN, now, HOUR);
    expect(store.verify(session, 'another-access-token-987654321', now)).toBe(false);
  });

  it('accepts no value it did not issue: another process, a forged id, garbage', () => {
    const store = new SessionStore();
    const elsewhere = new SessionStore().create(TOKEN, now, HOUR);
    expect(store.verify(elsewhere, TOKEN, now)).toBe(false);
    const session = store.create(TOKEN, now, HOUR);
    for (const value of [undefined, '', 'v2', 'v2.', `${session}x`, `v1.${session.slice(3)}`, session.toUpperCase(), `${session}.${session}`]) {
      expect(store.verify(value, TOKEN, now)).toBe(false);
    }
  });

  it('is a random id that contains nothing of the token', () => {
    const store = new SessionStore();
    const a = store.create(TOKEN, now, HOUR);
    const b = store.create(TOKEN, now, HOUR);
    expect(a).toMatch(/^v2\.[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(TOKEN.slice(0, 8));
  });

  it('stays bounded: expired sessions go, then the oldest', () => {
    const store = new SessionStore(3);
    const first = store.create(TOKEN, now, HOUR);
    store.create(TOKEN, now, HOUR);
    store.create(TOKEN, now, HOUR);
    const fourth = store.create(TOKEN, now, HOUR);
    expect(store.size).toBe(3);
    expect(store.verify(first, TOKEN, now)).toBe(false);
    expect(store.verify(fourth, TOKEN, now)).toBe(true);
    store.create(TOKEN, now + 2 * HOUR, HOUR);
    expect(store.size).toBe(1);
  });

  it('gives logs a handle that names the session without being it', () => {
    const store = new SessionStore();
    const session = store.create(TOKEN, now, HOUR);
    const handle = store.handle(session);
    expect(handle).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(session).not.toContain(handle);
    expect(store.handle(session)).toBe(handle);
    expect(store.handle('v2.nothing')).toBeUndefined();
  });
});
