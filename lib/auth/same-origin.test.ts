import { describe, expect, it } from 'vitest';
import { crossSiteReason } from './same-origin';

const url = new URL('http://127.0.0.1:3000/api/auth/logout');
const headers = (init: Record<string, string>) => new Headers({ host: '127.0.0.1:3000', ...init });

describe('crossSiteReason', () => {
  it.each([
    ['its own pages', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }],
    ['its own form post under Referrer-Policy: no-referrer (Origin: null)', { origin: 'null', 'sec-fetch-site': 'same-origin' }],
    ['a script without Origin', {}],
    ['a typed URL', { 'sec-fetch-site': 'none' }],
    ['behind a TLS-terminating Ingress', { host: 'ops.example.com', origin: 'https://ops.example.com', 'x-forwarded-proto': 'https' }],
    ['a default port spelled out', { host: 'ops.example.com', origin: 'https://ops.example.com:443', 'x-forwarded-proto': 'https' }],
  ])('lets %s through', (_, init) => {
    expect(crossSiteReason(headers(init), url)).toBeNull();
  });

  it.each([
    ['another site by Sec-Fetch-Site', { 'sec-fetch-site': 'cross-site' }, /Sec-Fetch-Site is cross-site/],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site', origin: 'http://other.example' }, /same-site/],
    ['another site by Origin alone (no Sec-Fetch-Site)', { origin: 'http://evil.example' }, /Origin http:\/\/evil\.example is not http:\/\/127\.0\.0\.1:3000/],
    ['another port', { origin: 'http://127.0.0.1:4000' }, /is not/],
    ['http where the site is https', { host: 'ops.example.com', origin: 'http://ops.example.com', 'x-forwarded-proto': 'https' }, /is not https/],
    ['Origin: null without Sec-Fetch-Site (a sandboxed frame, an old browser)', { origin: 'null' }, /not an origin/],
    ['a sandboxed frame elsewhere (Origin: null, cross-site)', { origin: 'null', 'sec-fetch-site': 'cross-site' }, /cross-site/],
  ])('refuses %s', (_, init, reason) => {
    expect(crossSiteReason(headers(init), url)).toMatch(reason);
  });
});
