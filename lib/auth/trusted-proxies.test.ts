import { describe, expect, it } from 'vitest';
import { createProxyMatcher, normalizeAddress } from './trusted-proxies';

describe('normalizeAddress', () => {
  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:10.1.2.3', '10.1.2.3'],
    ['fe80::1%eth0', 'fe80::1'],
    ['10.0.0.1', '10.0.0.1'],
    ['::1', '::1'],
  ])('%s → %s', (input, output) => expect(normalizeAddress(input)).toBe(output));
});

describe('createProxyMatcher', () => {
  const trusted = createProxyMatcher(['127.0.0.1', '10.244.0.0/16', 'fd00::/8']);

  it.each([
    ['127.0.0.1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['10.244.3.7', true],
    ['::ffff:10.244.3.7', true],
    ['10.245.0.1', false],
    ['127.0.0.2', false],
    ['fd12::5', true],
    ['fe80::1', false],
    ['::1', false],
    ['', false],
    [null, false],
    ['not-an-ip', false],
  ])('%s → %s', (peer, expected) => expect(trusted(peer)).toBe(expected));

  it('accepts an IPv4-mapped entry as the IPv4 address it maps', () => {
    expect(createProxyMatcher(['::ffff:192.168.1.10'])('192.168.1.10')).toBe(true);
  });

  it('matches nothing when the list is empty', () => {
    expect(createProxyMatcher([])('127.0.0.1')).toBe(false);
  });

  it.each(['10.0.0.0/33', 'fd00::/129', 'example.com', '10.0.0.0/x'])('refuses the entry %s', (entry) => {
    expect(() => createProxyMatcher([entry])).toThrow(/TRUSTED_PROXIES/);
  });
});
