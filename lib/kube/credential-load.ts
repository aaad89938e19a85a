/**
 * Reads the current user's credential once, from wherever the kubeconfig (or the in-cluster
 * ServiceAccount) keeps it: exec plugin, token, token file, client certificate files or data, basic
 * auth, or a legacy auth-provider. Says when it is due for a fresh read; never caches (credentials.ts does).
 */
import 'server-only';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { HttpMethod, RequestContext } from '@kubernetes/client-node/dist/gen/http/http.js';
import type { Connection } from './connection';
import { CredentialError, runExecPlugin, type ExecClusterInfo, type ExecConfig } from './exec-credential';
import type { ClientCertPem } from './transport';

export interface LoadedCredential {
  /** Authorization (bearer or basic) and Impersonate-User. */
  headers: Record<string, string>;
  clientCert?: ClientCertPem;
  /** Read again before using it after this instant (ms since epoch); Infinity: only after a 401. */
  refreshAtMs: number;
  /** When it stops working (token expirationTimestamp, certificate notAfter); Infinity when unknown. */
  expiresAtMs: number;
}

/**
 * Files are re-read this often, as client-go re-reads a `token-file` (and client-node the projected
 * ServiceAccount token) every minute: a rotated file is used within a minute, or at once after a 401.
 */
export const FILE_REREAD_MS = 60_000;
/** A credential is fetched again at most this long before it expires… */
export const MAX_REFRESH_SKEW_MS = 60_000;
/** …and no sooner than this after it was fetched, so a plugin that returns short-lived tokens is not run per request. */
export const MIN_CREDENTIAL_REUSE_MS = 1_000;

/**
 * When to fetch a credential again: with a third of its remaining lifetime left, but at most a minute
 * early (an EKS token that lasts 15 minutes is replaced at 14; a 6 s test token at 4 s).
 */
export function refreshTimeMs(expiresAtMs: number, receivedAtMs: number): number {
  const remainingMs = expiresAtMs - receivedAtMs;
  return Math.max(receivedAtMs + MIN_CREDENTIAL_REUSE_MS, expiresAtMs - Math.min(MAX_REFRESH_SKEW_MS, remainingMs / 3));
}

/**
 * When to read certificate files again: they are cheap to read, so after a sixth of the certificate's
 * remaining lifetime (at most a minute): a rotated certificate is found soon after it is written, while
 * the one it replaces still has most of its life left.
 */
export function fileRecheckTimeMs(expiresAtMs: number, receivedAtMs: number): number {
  const sixthMs = (expiresAtMs - receivedAtMs) / 6;
  return receivedAtMs + Math.min(FILE_REREAD_MS, Math.max(MIN_CREDENTIAL_REUSE_MS, sixthMs));
}

/** Reads the connection's credential now. Throws CredentialError with a message a person can act on. */
export async function loadCredential(conn: Connection): Promise<LoadedCredential> {
  const user = conn.kc.getCurrentUser();
  const now = Date.now();
  const out: LoadedCredential = { headers: {}, refreshAtMs: Infinity, expiresAtMs: Infinity };
  const due = (refreshAtMs: number, expiresAtMs = Infinity) => {
    out.refreshAtMs = Math.min(out.refreshAtMs, refreshAtMs);
    out.expiresAtMs = Math.min(out.expiresAtMs, expiresAtMs);
  };
  if (!user) return out;
  const tokenFile = conn.userOrigin?.tokenFile ?? (user.authProvider?.name === 'tokenFile' ? (user.authProvider.config?.tokenFile as string | undefined) : undefined);
  if (user.exec) {
    const result = await runExecPlugin(user.exec as ExecConfig, { kubeconfigDir: conn.userOrigin?.dir, cluster: clusterInfo(conn) });
    if (result.token) out.headers.Authorization = `Bearer ${result.token}`;
    if (result.clientCertificateData && result.clientKeyData) out.clientCert = { cert: result.clientCertificateData, key: result.clientKeyData };
    if (result.expiresAtMs !== undefined) due(refreshTimeMs(result.expiresAtMs, now), result.expiresAtMs);
  } else if (tokenFile) {
    out.headers.Authorization = `Bearer ${readText(tokenFile, 'token file')}`;
    due(now + FILE_REREAD_MS);
  } else if (user.token) {
    out.headers.Authorization = `Bearer ${user.token.trim()}`;
  } else if (user.authProvider) {
    // Legacy gcp/azure/oidc auth-providers (removed from kubectl in 1.26): client-node's own code, re-asked every minute.
    const ctx = new RequestContext(conn.server, HttpMethod.GET);
    await conn.kc.applySecurityAuthentication(ctx);
    const authorization = ctx.getHeaders().Authorization;
    if (authorization) out.headers.Authorization = authorization;
    due(now + FILE_REREAD_MS);
  } else if (user.username) {
    out.headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password ?? ''}`).toString('base64')}`;
  }
  if (!out.clientCert && (user.certFile || user.keyFile)) {
    out.clientCert = readCertFiles(user.certFile, user.keyFile);
    const notAfterMs = Date.parse(new X509Certificate(out.clientCert.cert).validTo);
    due(fileRecheckTimeMs(notAfterMs, now), notAfterMs);
  } else if (!out.clientCert && (user.certData || user.keyData)) {
    out.clientCert = checkPair({ cert: decode(user.certData), key: decode(user.keyData) }, 'client-certificate-data');
  }
  if (user.impersonateUser) out.headers['Impersonate-User'] = user.impersonateUser;
  return out;
}

function clusterInfo(conn: Connection): ExecClusterInfo | undefined {
  const cluster = conn.kc.getCurrentCluster();
  if (!cluster) return undefined;
  return {
    server: cluster.server,
    ...(cluster.caData ? { 'certificate-authority-data': cluster.caData } : {}),
    ...(cluster.tlsServerName ? { 'tls-server-name': cluster.tlsServerName } : {}),
    ...(cluster.proxyUrl ? { 'proxy-url': cluster.proxyUrl } : {}),
    ...(cluster.skipTLSVerify ? { 'insecure-skip-tls-verify': true } : {}),
  };
}

function readText(file: string, what: string): string {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    if (!text) throw new Error('the file is empty');
    return text;
  } catch (error) {
    throw new CredentialError(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

function readCertFiles(certFile?: string, keyFile?: string): ClientCertPem {
  if (!certFile || !keyFile) throw new CredentialError('the kubeconfig user has client-certificate or client-key but not both');
  return checkPair({ cert: readText(certFile, 'client-certificate'), key: readText(keyFile, 'client-key') }, certFile);
}

const decode = (data?: string) => (data ? Buffer.from(data, 'base64').toString('utf8') : '');

/**
 * A certificate and key that belong together. Rotation replaces two files one after the other, so a
 * read between the two writes yields a mismatched pair: refused here, and the caller keeps the old one.
 */
function checkPair(pair: ClientCertPem, origin: string): ClientCertPem {
  try {
    if (!new X509Certificate(pair.cert).checkPrivateKey(createPrivateKey(pair.key))) throw new Error('the key does not belong to the certificate');
  } catch (error) {
    throw new CredentialError(`client certificate ${origin}: ${(error as Error).message}`);
  }
  return pair;
}
