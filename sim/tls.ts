/**
 * A throwaway CA and a server certificate for 127.0.0.1/localhost (or only for a `tls-server-name`), so the
 * demo cluster speaks HTTPS that kubectl and client-node verify (kubectl never sends a bearer token over
 * plain HTTP); and the building blocks the client-certificate mode issues its certificates with.
 */
import { generateKeyPair, generateKeyPairSync, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

export interface TlsMaterial {
  caPem: string;
  certPem: string;
  keyPem: string;
}

/** A CA that can sign: its certificate and forge key. */
export interface CertificateAuthority {
  cert: forge.pki.Certificate;
  privateKey: forge.pki.rsa.PrivateKey;
  pem: string;
}

export interface KeyPair {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
  keyPem: string;
}

const RSA = { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } } as const;

function toForge({ privateKey, publicKey }: { privateKey: string; publicKey: string }): KeyPair {
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey,
    keyPem: privateKey,
  };
}

const keyPair = (): KeyPair => toForge(generateKeyPairSync('rsa', RSA));
/** Off the event loop: the client-certificate mode rotates while the API server keeps serving. */
export const keyPairAsync = async (): Promise<KeyPair> => toForge(await promisify(generateKeyPair)('rsa', RSA));

/** Valid from an hour ago (clock skew) for `validitySeconds`. */
function baseCert(publicKey: forge.pki.PublicKey, validitySeconds: number, notBefore = new Date(Date.now() - 60 * 60_000)): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = new Date(Date.now() + validitySeconds * 1000);
  return cert;
}

const DAY_S = 24 * 60 * 60;

/** A self-signed CA, like kubeadm's `kubernetes` CA (or the client CA `--client-ca-file` names). */
export function generateCa(commonName: string): CertificateAuthority {
  const ca = keyPair();
  const cert = baseCert(ca.publicKey, 3650 * DAY_S);
  const name = [{ name: 'commonName', value: commonName }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(ca.privateKey, forge.md.sha256.create());
  return { cert, privateKey: ca.privateKey, pem: forge.pki.certificateToPem(cert) };
}

function signLeaf(ca: CertificateAuthority, cert: forge.pki.Certificate, extensions: object[]): void {
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.cert.generateSubjectKeyIdentifier().getBytes() },
    ...extensions,
  ]);
  cert.sign(ca.privateKey, forge.md.sha256.create());
}

export interface ClientCertificate {
  certPem: string;
  keyPem: string;
  notAfter: Date;
}

/**
 * A client certificate as kubeadm writes into admin.conf: CN is the user name, O the groups
 * (`system:masters`); the API server's x509 authenticator reads exactly these two fields.
 */
export async function issueClientCert(
  ca: CertificateAuthority,
  opts: { user: string; groups: string[]; validitySeconds: number },
  /** A key generated ahead of time, so issuing at a deadline costs only the signature. */
  pendingKey: Promise<KeyPair> = keyPairAsync(),
): Promise<ClientCertificate> {
  const key = await pendingKey;
  // Backdated a minute only: the validity window is what the short-lifetime tests exercise.
  const cert = baseCert(key.publicKey, opts.validitySeconds, new Date(Date.now() - 60_000));
  cert.setSubject([{ name: 'commonName', value: opts.user }, ...opts.groups.map((value) => ({ name: 'organizationName', value }))]);
  signLeaf(ca, cert, [{ name: 'extKeyUsage', clientAuth: true }]);
  return { certPem: forge.pki.certificateToPem(cert), keyPem: key.keyPem, notAfter: cert.validity.notAfter };
}

/** The names the serving certificate covers by default: clients verify the SAN, not the CN. */
const DEFAULT_ALT_NAMES = [
  { type: 7, ip: '127.0.0.1' },
  { type: 2, value: 'localhost' },
  { type: 2, value: 'kubernetes' },
  { type: 2, value: 'kubernetes.default.svc' },
];

/**
 * Generate a CA and a server certificate it signs. With `tlsServerName` the certificate names only that
 * DNS name, so a client must send and verify it (kubeconfig `tls-server-name`) instead of the URL's host.
 */
export function generateTls(opts: { tlsServerName?: string } = {}): TlsMaterial {
  const ca = generateCa('kubesys-demo-ca');
  const server = keyPair();
  const cert = baseCert(server.publicKey, 365 * DAY_S);
  cert.setSubject([{ name: 'commonName', value: 'kube-apiserver' }]);
  const altNames = opts.tlsServerName ? [{ type: 2, value: opts.tlsServerName }] : DEFAULT_ALT_NAMES;
  signLeaf(ca, cert, [{ name: 'extKeyUsage', serverAuth: true }, { name: 'subjectAltName', altNames }]);
  return { caPem: ca.pem, certPem: forge.pki.certificateToPem(cert), keyPem: server.keyPem };
}
