/**
 * The client-certificate mode's material: a client CA (the API server's `--client-ca-file`) and the
 * certificate/key files the kubeconfig names, rewritten every third of their lifetime as cert-manager or kubelet rotation
 * would, so a client that reads the files once is refused when its certificate expires.
 */
import { X509Certificate } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import type { TLSSocket } from 'node:tls';
import { generateCa, issueClientCert, keyPairAsync, type CertificateAuthority, type KeyPair } from '../tls';
import type { Identity } from '../server/request-log';

export const CLIENT_USER = 'kubesys-demo-admin';
/** kubeadm's admin.conf user is in `system:masters` (1.29+: `kubeadm:cluster-admins`). */
export const CLIENT_GROUPS = ['system:masters'];
/** setTimeout's ceiling; a longer interval (the one-year default) needs no rotation while the demo runs. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface ClientCertFiles {
  certFile: string;
  keyFile: string;
}

export class ClientCertIssuer {
  readonly ca: CertificateAuthority;
  private readonly revoked = new Set<string>();
  private readonly issued = new Set<string>();
  private timer?: NodeJS.Timeout;
  private closed = false;
  /** The next certificate's key, generated right after a rotation so the next one is not late under load. */
  private nextKey: Promise<KeyPair> = keyPairAsync();
  rotations = 0;

  constructor(
    readonly files: ClientCertFiles,
    readonly validitySeconds: number,
  ) {
    this.ca = generateCa('kubesys-demo-client-ca');
  }

  /**
   * Issue the first certificate and rewrite the files every third of its lifetime: the one being replaced
   * still has two thirds left, so a client that re-reads the files in time never holds an expired one.
   */
  async start(): Promise<void> {
    await this.rotate();
    const intervalMs = (this.validitySeconds * 1000) / 3;
    if (intervalMs <= MAX_TIMER_MS) {
      this.timer = setInterval(() => void this.rotate().catch((err: unknown) => console.error('sim: client certificate rotation failed:', err)), intervalMs);
      this.timer.unref();
    }
  }

  /** A fresh certificate in the files: key and certificate each replaced by rename, never half-written. */
  async rotate(): Promise<void> {
    const key = this.nextKey;
    this.nextKey = keyPairAsync();
    const cert = await issueClientCert(this.ca, { user: CLIENT_USER, groups: CLIENT_GROUPS, validitySeconds: this.validitySeconds }, key);
    if (this.closed) return;
    this.issued.add(serialOf(new X509Certificate(cert.certPem)));
    for (const [file, pem] of [[this.files.keyFile, cert.keyPem], [this.files.certFile, cert.certPem]]) {
      writeFileSync(`${file}.tmp`, pem, { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    }
    this.rotations += 1;
  }

  /** Refuse every certificate issued so far, then write a new one (an operator replacing a leaked key). */
  async revokeAll(): Promise<void> {
    for (const serial of this.issued) this.revoked.add(serial);
    await this.rotate();
  }

  /**
   * The x509 authenticator, per request as kube-apiserver's is: signed by the client CA, inside its
   * validity now (a keep-alive connection outliving its certificate is refused too), not revoked.
   */
  authenticate(socket: TLSSocket): Identity | undefined {
    const cert = typeof socket.getPeerX509Certificate === 'function' ? socket.getPeerX509Certificate() : undefined;
    if (!cert) return undefined;
    if (!socket.authorized) return { rejected: `client certificate not accepted: ${String(socket.authorizationError)}` };
    if (Date.parse(cert.validTo) <= Date.now()) return { rejected: `client certificate expired at ${new Date(cert.validTo).toISOString()}` };
    const serial = serialOf(cert);
    if (this.revoked.has(serial)) return { rejected: 'client certificate revoked' };
    const cn = /^CN=(.*)$/m.exec(cert.subject)?.[1] ?? 'unknown';
    return { user: cn, credential: serial };
  }

  stop(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
  }
}

function serialOf(cert: X509Certificate): string {
  return cert.serialNumber.toUpperCase().replace(/^0+/, '');
}
