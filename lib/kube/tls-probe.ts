/**
 * Reads the API server's serving certificate from a TLS handshake (with the kubeconfig's CA, under its
 * `tls-server-name`, through its http:// `proxy-url`), for the certificate-expiry finding. Only the
 * handshake: no request is sent.
 */
import 'server-only';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import type { TlsProbeResult } from '@/lib/api/findings';
import type { Connection } from './connection';

export const TLS_PROBE_TIMEOUT_MS = 5_000;

export interface TlsTarget {
  /** The API server URL, e.g. `https://10.0.0.1:6443`. */
  server: string;
  /** PEM bundle to verify against; the chain is read either way. */
  caPem?: string;
  /** kubeconfig `tls-server-name`: the name sent (SNI) and verified instead of the URL's host. */
  servername?: string;
  /** kubeconfig `proxy-url`: the handshake goes through its CONNECT tunnel, as every request does. */
  proxyUrl?: string;
}

/** The connection's server and CA (kubeconfig `certificate-authority-data` or `-file`, in-cluster ca.crt). */
export function tlsTargetOf(connection: Connection): TlsTarget {
  const cluster = connection.kc.getCurrentCluster();
  let caPem: string | undefined;
  if (cluster?.caData) caPem = Buffer.from(cluster.caData, 'base64').toString('utf8');
  else if (cluster?.caFile) {
    try {
      caPem = fs.readFileSync(cluster.caFile, 'utf8');
    } catch {
      caPem = undefined;
    }
  }
  return {
    server: connection.server,
    ...(caPem ? { caPem } : {}),
    ...(cluster?.tlsServerName ? { servername: cluster.tlsServerName } : {}),
    ...(cluster?.proxyUrl ? { proxyUrl: cluster.proxyUrl } : {}),
  };
}

const distinguished = (name: Record<string, unknown> | undefined) =>
  name ? Object.entries(name).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`).join(', ') : undefined;

/** Handshake with the server and report its leaf certificate; never throws. */
export async function probeTls(target: TlsTarget, timeoutMs = TLS_PROBE_TIMEOUT_MS): Promise<TlsProbeResult> {
  const checkedAt = new Date().toISOString();
  let url: URL;
  try {
    url = new URL(target.server);
  } catch {
    return { status: 'failed', server: target.server, error: 'not a URL', checkedAt };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 443);
  const server = `${url.hostname}:${port}`;
  if (url.protocol !== 'https:') return { status: 'failed', server, error: 'the API server is not served over https', checkedAt };
  let tunnel: net.Socket | undefined;
  if (target.proxyUrl) {
    try {
      tunnel = await connectTunnel(target.proxyUrl, server, timeoutMs);
    } catch (error) {
      return { status: 'failed', server, error: `through proxy-url: ${(error as Error).message}`, checkedAt };
    }
  }
  const servername = target.servername ?? (net.isIP(host) ? undefined : host);
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port,
      ...(tunnel ? { socket: tunnel } : {}),
      ...(servername ? { servername } : {}),
      ...(target.caPem ? { ca: target.caPem } : {}),
      // Read the certificate even when it does not verify (an expired one must still be reported).
      rejectUnauthorized: false,
    });
    const finish = (result: TlsProbeResult) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish({ status: 'failed', server, error: `no handshake within ${timeoutMs / 1000} s`, checkedAt }));
    socket.once('error', (error) => finish({ status: 'failed', server, error: error.message, checkedAt }));
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      if (!cert || !cert.valid_to) return finish({ status: 'failed', server, error: 'the server presented no certificate', checkedAt });
      finish({
        status: 'ok',
        server,
        subject: distinguished(cert.subject as unknown as Record<string, unknown>),
        issuer: distinguished(cert.issuer as unknown as Record<string, unknown>),
        validFrom: new Date(cert.valid_from).toISOString(),
        validTo: new Date(cert.valid_to).toISOString(),
        isTrusted: socket.authorized,
        ...(socket.authorized ? {} : { error: String(socket.authorizationError ?? '') }),
        checkedAt,
      });
    });
  });
}

/** A CONNECT tunnel to `hostPort` through an http:// proxy, as kubectl opens one for `proxy-url`. */
function connectTunnel(proxyUrl: string, hostPort: string, timeoutMs: number): Promise<net.Socket> {
  const proxy = new URL(proxyUrl);
  if (proxy.protocol !== 'http:') return Promise.reject(new Error(`the certificate check goes only through http:// proxies, not ${proxy.protocol}//`));
  const credentials = proxy.username ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}` : '';
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: hostPort,
      headers: { Host: hostPort, ...(credentials ? { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` } : {}) },
      timeout: timeoutMs,
    });
    req.once('connect', (res, socket) => {
      if (res.statusCode === 200) return resolve(socket);
      socket.destroy();
      reject(new Error(`the proxy answered ${res.statusCode} to CONNECT ${hostPort}`));
    });
    req.once('timeout', () => req.destroy(new Error(`no answer from the proxy within ${timeoutMs / 1000} s`)));
    req.once('error', reject);
    req.end();
  });
}
