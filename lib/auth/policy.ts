/**
 * The access policy of this process, built once from the configuration (AUTH_MODE, TRUSTED_PROXIES,
 * AUTH_TOKEN / AUTH_TOKEN_FILE), and where the TCP peer of a request can be read.
 */
import { getConfig } from '@/lib/config';
import type { AccessPolicy } from './access';
import { getAccessToken } from './access-token';
import { createProxyMatcher } from './trusted-proxies';

/** Set by scripts/server-hooks.cjs, which overwrites PEER_HEADER with the socket's address. */
const HOOK = Symbol.for('kubesys.server-hooks');
export const PEER_HEADER = 'x-kubesys-peer';

let policy: AccessPolicy | undefined;

export function getAccessPolicy(): AccessPolicy {
  if (policy) return policy;
  const config = getConfig();
  policy = {
    mode: config.AUTH_MODE,
    token: config.AUTH_MODE === 'token' ? () => getAccessToken() : undefined,
    isTrustedProxy: config.AUTH_MODE === 'proxy' ? createProxyMatcher(config.TRUSTED_PROXIES) : undefined,
  };
  return policy;
}

/**
 * The request's TCP peer, or null when the server-hooks preload is not installed: without it the
 * header could come from the client, so it is not believed.
 */
export function peerAddress(headers: Headers): string | null {
  if (!(globalThis as Record<symbol, unknown>)[HOOK]) return null;
  return headers.get(PEER_HEADER) || null;
}
