/**
 * The connection pool to the API server, built from the kubeconfig cluster's TLS and proxy settings (CA,
 * `insecure-skip-tls-verify`, `tls-server-name`, `proxy-url`) plus the user's client certificate. Built
 * here because client-node's `applySecurityAuthentication` builds a new pool, and runs the user's
 * authenticator, on every call: one pool per client certificate keeps connections alive across
 * requests, and a rotated certificate gets a new one (credentials.ts).
 */
import 'server-only';
import fs from 'node:fs';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';
import { CredentialError } from './exec-credential';

/** The cluster fields that shape the transport (client-node's `Cluster`). */
export interface ClusterTransport {
  server: string;
  caData?: string;
  caFile?: string;
  skipTLSVerify?: boolean;
  tlsServerName?: string;
  proxyUrl?: string;
}

export interface ClientCertPem {
  cert: string;
  key: string;
}

/** client-go and client-node keep TCP keep-alive probes at 30 s, under cloud load balancers' idle timeouts. */
const KEEP_ALIVE_INITIAL_DELAY_MS = 30_000;

/** The CA bundle to trust: `certificate-authority-data` (base64) or `certificate-authority` (a file). */
export function caOf(cluster: ClusterTransport): string | undefined {
  if (cluster.caData) return Buffer.from(cluster.caData, 'base64').toString('utf8');
  if (cluster.caFile) {
    try {
      return fs.readFileSync(cluster.caFile, 'utf8');
    } catch (error) {
      throw new CredentialError(`cannot read certificate-authority ${cluster.caFile}: ${(error as Error).message}`);
    }
  }
  return undefined;
}

/**
 * One dispatcher per (cluster, client certificate): kubectl's transport, as undici sees it.
 * `proxy-url` may be http://, https:// (CONNECT tunnel) or socks5:// (undici's ProxyAgent speaks all three).
 */
export function createDispatcher(cluster: ClusterTransport, clientCert?: ClientCertPem): Dispatcher {
  const ca = caOf(cluster);
  const tls = {
    ...(ca ? { ca } : {}),
    ...(clientCert ? { cert: clientCert.cert, key: clientCert.key } : {}),
    ...(cluster.skipTLSVerify ? { rejectUnauthorized: false } : {}),
    ...(cluster.tlsServerName ? { servername: cluster.tlsServerName } : {}),
  };
  if (cluster.proxyUrl) {
    const protocol = safeProtocol(cluster.proxyUrl);
    if (!['http:', 'https:', 'socks5:'].includes(protocol)) {
      throw new CredentialError(`proxy-url ${cluster.proxyUrl}: only http://, https:// and socks5:// proxies are supported`);
    }
    // requestTls.servername wins over the URL's host inside ProxyAgent, so tls-server-name holds here.
    return new ProxyAgent({ uri: cluster.proxyUrl, requestTls: tls });
  }
  // undici's connector sends `servername` as SNI and verifies the certificate against it, over the URL's host.
  return new Agent({ connect: { ...tls, keepAlive: true, keepAliveInitialDelay: KEEP_ALIVE_INITIAL_DELAY_MS } });
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    throw new CredentialError(`proxy-url "${url}" is not a URL`);
  }
}
