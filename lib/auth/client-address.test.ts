import { describe, expect, it } from 'vitest';
import { clientAddress, limitKey, UNKNOWN_CLIENT } from './client-address';
import { createProxyMatcher } from './trusted-proxies';

const trusted = createProxyMatcher(['10.0.0.0/24', 'fd00::/64']);

describe('clientAddress', () => {
  it.each([
    ['an untrusted peer is the client, whatever it forwards', '192.0.2.7', '10.0.0.5', '192.0.2.7'],
    ['IPv4-mapped peers are plain IPv4', '::ffff:192.0.2.7', null, '192.0.2.7'],
    ['a trusted peer names the client in X-Forwarded-For', '10.0.0.5', '198.51.100.4', '198.51.100.4'],
    ['trusted hops are skipped from the right', '10.0.0.5', '198.51.100.4, 10.0.0.9', '198.51.100.4'],
    ['a spoofed left part is ignored', '10.0.0.5', '127.0.0.1, 198.51.100.4', '198.51.100.4'],
    ['garbage in the list stops the walk at the last good hop', '10.0.0.5', '198.51.100.4, not-an-ip', '10.0.0.5'],
    ['a trusted peer without the header is itself the client', '10.0.0.5', null, '10.0.0.5'],
    ['only trusted hops: the leftmost', '10.0.0.5', '10.0.0.7, 10.0.0.8', '10.0.0.7'],
    ['IPv6 proxies', 'fd00::2', '2001:db8::9', '2001:db8::9'],
  ])('%s', (_, peer, forwarded, expected) => {
    expect(clientAddress(peer, forwarded, trusted)).toBe(expected);
  });

  it('is unknown without a peer (no server-hooks preload)', () => {
    expect(clientAddress(null, '198.51.100.4', trusted)).toBe(UNKNOWN_CLIENT);
  });
});

describe('limitKey', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:db8::9', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [UNKNOWN_CLIENT, UNKNOWN_CLIENT],
  ])('%s → %s', (address, key) => expect(limitKey(address)).toBe(key));
});
