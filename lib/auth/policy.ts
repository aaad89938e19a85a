/**
 * The access policy of this process, built once from the configuration (AUTH_MODE, TRUSTED_PROXIES,
 * AUTH_TOKEN / AUTH_TOKEN_FILE, ALLOWED_HOSTS), and where the TCP peer and the client of a request
 * can be read.
 */
import os from 'node:os';
import { getConfig } from '@/lib/config';
import { createHostAllowlist, type HostAllowlist } from '@/lib/security/request-policy';
import { USER_HEADERS, type AccessPolicy } from './access';
import { getAccessToken } from './access-token';
import { clientAddress } from './client-address';
import { readCookie, SESSION_COOKIE } from './session';
import { getSessionStore } from './session-store';
import { createProxyMatcher } from './trusted-proxies';

/** Set by scripts/server-hooks.cjs, which overwrites PEER_HEADER with the socket's address. */
const HOOK = Symbol.for('kubesys.server-hooks');
export const PEER_HEADER = 'x-kubesys-peer';

let policy: (AccessPolicy & { isTrustedProxy: (peer: string | null) => boolean }) | undefined;
let hosts: HostAllowlist | undefined;

export function getAccessPolicy(): AccessPolicy & { isTrustedProxy: (peer: string | null) => boolean } {
  if (policy) return policy;
  const config = getConfig();
  policy = {
    mode: config.AUTH_MODE,
    token: config.AUTH_MODE === 'token' ? () => getAccessToken() : undefined,
    sessions: getSessionStore(),
    isTrustedProxy: createProxyMatcher(config.TRUSTED_PROXIES),
  };
  return policy;
}

/**
 * The Host names this server answers: ALLOWED_HOSTS and its own interface addresses (a kubelet probe
 * or a browser on the LAN may name the pod or machine by IP; no page can rebind a name to that).
 */
export function getHostAllowlist(): HostAllowlist {
  hosts ??= createHostAllowlist(
    getConfig().ALLOWED_HOSTS,
    Object.values(os.networkInterfaces()).flatMap((addresses) => (addresses ?? []).map((a) => a.address)),
  );
  return hosts;
}

/**
 * The request's TCP peer, or null when the server-hooks preload is not installed: without it the
 * header could come from the client, so it is not believed.
 */
export function peerAddress(headers: Headers): string | null {
  if (!(globalThis as Record<symbol, unknown>)[HOOK]) return null;
  return headers.get(PEER_HEADER) || null;
}

/** The client's address as rate limits, stream caps and the access log count it (see client-address.ts). */
export function requestClient(headers: Headers): string {
  const { isTrustedProxy } = getAccessPolicy();
  return clientAddress(peerAddress(headers), headers.get('x-forwarded-for'), isTrustedProxy);
}

/** Node's raw request headers, as scripts/server-hooks.cjs hands them over. */
export type RawHeaders = Record<string, string | string[] | undefined>;

/**
 * Who made a request, for the access log: the client address, and the user where there is one — the
 * proxy's user header from a trusted peer (AUTH_MODE=proxy), or a handle of the open session (token).
 */
export function requesterOf(headers: RawHeaders): { client: string; user: string | null } {
  const policy = getAccessPolicy();
  const one = (name: string) => {
    const value = headers[name];
    return typeof value === 'string' ? value : null;
  };
  const peer = one(PEER_HEADER) || null;
  const client = clientAddress(peer, one('x-forwarded-for'), policy.isTrustedProxy);
  let user: string | null = null;
  if (policy.mode === 'proxy' && policy.isTrustedProxy(peer)) user = USER_HEADERS.map((name) => one(name)?.trim()).find(Boolean) ?? null;
  if (policy.mode === 'token') {
    const handle = getSessionStore().handle(readCookie(one('cookie'), SESSION_COOKIE));
    user = handle ? `session:${handle}` : null;
  }
  return { client, user };
}
