import { describe, expect, it } from 'vitest';
import { decideAccess, type AccessPolicy, type AccessRequest } from './access';
import { SessionStore } from './session-store';
import { createProxyMatcher } from './trusted-proxies';

const TOKEN = 'a-demo-access-token-0123456789';
const NOW = Date.UTC(2026, 0, 1);

function request(pathname: string, init: { headers?: Record<string, string>; session?: string; peer?: string | null } = {}): AccessRequest {
  return {
    pathname,
    headers: new Headers(init.headers),
    cookies: { get: (name) => (name === 'kubesys_session' && init.session ? { value: init.session } : undefined) },
    peer: init.peer === undefined ? '127.0.0.1' : init.peer,
    nowMs: NOW,
  };
}

const sessions = new SessionStore();
const token: AccessPolicy = { mode: 'token', token: () => TOKEN, sessions };
const proxy: AccessPolicy = { mode: 'proxy', isTrustedProxy: createProxyMatcher(['10.0.0.0/8']) };

describe('decideAccess', () => {
  it('lets everything through in AUTH_MODE=none', () => {
    expect(decideAccess({ mode: 'none' }, request('/api/overview'))).toEqual({ allow: true });
  });

  it.each(['/api/healthz', '/api/readyz', '/api/metrics', '/login', '/api/auth/login', '/_next/static/chunks/a.js', '/icon.svg'])(
    'keeps %s open in every mode',
    (path) => {
      expect(decideAccess(token, request(path)).allow).toBe(true);
      expect(decideAccess(proxy, request(path, { peer: '192.0.2.1' })).allow).toBe(true);
    },
  );

  it('token: refuses without a valid session and sends pages to sign in', () => {
    expect(decideAccess(token, request('/'))).toMatchObject({ allow: false, status: 401, signIn: true });
    expect(decideAccess(token, request('/api/overview', { session: 'v1.9999999999999.forged' }))).toMatchObject({ allow: false, status: 401 });
    expect(decideAccess(token, request('/api/overview', { session: new SessionStore().create(TOKEN, NOW, 1000) }))).toMatchObject({ allow: false });
    expect(decideAccess(token, request('/api/overview', { session: sessions.create('other-token-0123456789', NOW, 1000) }))).toMatchObject({ allow: false });
  });

  it('token: lets a signed, unexpired session through', () => {
    expect(decideAccess(token, request('/pods/x', { session: sessions.create(TOKEN, NOW, 1000) }))).toEqual({ allow: true });
  });

  it('token: a token that cannot be loaded is a 500, not an open door', () => {
    const broken: AccessPolicy = { mode: 'token', sessions, token: () => { throw new Error('gone'); } };
    expect(decideAccess(broken, request('/'))).toMatchObject({ allow: false, status: 500, signIn: false });
  });

  it('proxy: believes the user headers only from a trusted peer', () => {
    const user = { 'x-forwarded-user': 'alice' };
    expect(decideAccess(proxy, request('/', { headers: user, peer: '10.1.2.3' }))).toEqual({ allow: true, user: 'alice' });
    expect(decideAccess(proxy, request('/', { headers: user, peer: '::ffff:10.1.2.3' }))).toEqual({ allow: true, user: 'alice' });
    expect(decideAccess(proxy, request('/', { headers: { 'x-forwarded-email': 'a@example.com' }, peer: '10.1.2.3' }))).toEqual({
      allow: true,
      user: 'a@example.com',
    });
    expect(decideAccess(proxy, request('/', { headers: user, peer: '192.0.2.7' }))).toMatchObject({ allow: false, status: 403, signIn: false });
    expect(decideAccess(proxy, request('/', { headers: user, peer: null }))).toMatchObject({ allow: false, status: 403 });
    expect(decideAccess(proxy, request('/api/overview', { peer: '10.1.2.3' }))).toMatchObject({ allow: false, status: 401, signIn: false });
  });

  it('proxy: a spoofed X-Forwarded-For does not make a peer trusted', () => {
    const spoofed = { 'x-forwarded-user': 'mallory', 'x-forwarded-for': '10.1.2.3' };
    expect(decideAccess(proxy, request('/', { headers: spoofed, peer: '192.0.2.7' }))).toMatchObject({ allow: false, status: 403 });
  });
});
