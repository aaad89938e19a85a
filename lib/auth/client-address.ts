/**
 * Who the client is, by address: the TCP peer, or, when the peer is one of TRUSTED_PROXIES (an ingress
 * controller, an authenticating proxy), the nearest address in X-Forwarded-For that is not a trusted
 * proxy. Addresses further left were written by the client and prove nothing.
 */
import { isIP } from 'node:net';
import { normalizeAddress } from './trusted-proxies';

/** Used when the peer cannot be seen (no server-hooks preload, e.g. `next dev`). */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client address. Kubernetes fact: ingress-nginx appends the address it accepted the connection
 * from to X-Forwarded-For (`$proxy_add_x_forwarded_for`), so walking the list from the right, past the
 * trusted hops, reaches the first address no trusted proxy vouches for.
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, isTrusted: (address: string) => boolean): string {
  if (!peer) return UNKNOWN_CLIENT;
  let client = normalizeAddress(peer);
  if (!isTrusted(client) || !forwardedFor) return client;
  const hops = forwardedFor.split(',').map((hop) => normalizeAddress(hop)).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!isTrusted(hop)) return client;
  }
  return client;
}

/**
 * The key rate limits count under: the address itself for IPv4, its /64 for IPv6, because one IPv6
 * host usually holds a whole /64 and could otherwise change address for every guess.
 */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
