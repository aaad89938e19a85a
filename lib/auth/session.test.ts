import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, isSecureRequest, sessionCookie, tokensEqual } from './session';

const TOKEN = 'a-demo-access-token-0123456789';

describe('tokensEqual', () => {
  it.each([
    [TOKEN, TOKEN, true],
    [`${TOKEN}x`, TOKEN, false],
    [TOKEN.slice(0, -1), TOKEN, false],
    ['', TOKEN, false],
    ['', '', false],
    [TOKEN.toUpperCase(), TOKEN, false],
  ])('%j vs %j → %s', (presented, expected, equal) => {
    expect(tokensEqual(presented, expected)).toBe(equal);
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, scoped to the base path, and Secure only behind TLS', () => {
    const plain = sessionCookie('v', { path: '/kubesys', secure: false, maxAgeSeconds: 3600 });
    expect(plain).toBe('kubesys_session=v; Path=/kubesys; Max-Age=3600; HttpOnly; SameSite=Lax');
    expect(sessionCookie('v', { path: '', secure: true, maxAgeSeconds: 60 })).toBe('kubesys_session=v; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure');
  });

  it('is cleared with an empty value and Max-Age=0', () => {
    expect(clearedSessionCookie({ path: '/', secure: false })).toBe('kubesys_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
  });

  it('knows TLS from X-Forwarded-Proto (first hop) or the URL', () => {
    const http = new URL('http://127.0.0.1/');
    expect(isSecureRequest(new Headers({ 'x-forwarded-proto': 'https' }), http)).toBe(true);
    expect(isSecureRequest(new Headers({ 'x-forwarded-proto': 'https, http' }), http)).toBe(true);
    expect(isSecureRequest(new Headers({ 'x-forwarded-proto': 'http' }), new URL('https://x/'))).toBe(false);
    expect(isSecureRequest(new Headers(), new URL('https://x/'))).toBe(true);
    expect(isSecureRequest(new Headers(), http)).toBe(false);
  });
});
