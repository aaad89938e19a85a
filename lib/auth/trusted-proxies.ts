/**
 * Which peers may vouch for a user (AUTH_MODE=proxy): a list of IPs and CIDRs, IPv4 and IPv6.
 * Node reports IPv4 peers on dual-stack sockets as IPv4-mapped IPv6 (`::ffff:10.0.0.5`); those match
 * IPv4 entries.
 */
import { BlockList, isIP } from 'node:net';

/** `::ffff:127.0.0.1` → `127.0.0.1`; other addresses unchanged (lower-cased, zone id dropped). */
export function normalizeAddress(address: string): string {
  const plain = address.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  return mapped ? mapped[1] : plain;
}

/** Builds a matcher from `TRUSTED_PROXIES` entries; throws on an entry that is not an IP or CIDR. */
export function createProxyMatcher(entries: readonly string[]): (address: string | null | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [rawAddress, rawPrefix] = entry.split('/');
    const address = normalizeAddress(rawAddress);
    const family = isIP(address);
    if (family === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (rawPrefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(rawPrefix);
    if (!/^\d+$/.test(rawPrefix) || prefix > (family === 4 ? 32 : 128)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    }
    list.addSubnet(address, prefix, type);
  }
  return (peer) => {
    if (!peer) return false;
    const address = normalizeAddress(peer);
    const family = isIP(address);
    if (family === 0) return false;
    return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
}
