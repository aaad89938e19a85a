/**
 * How the demo cluster authenticates (`--auth token|client-cert|exec`): the check made on every request,
 * the TLS options the mode needs, the kubeconfig user that satisfies it, and the admin switches tests use
 * (revoke what was issued, refuse everything).
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Identity } from '../server/request-log';
import { ClientCertIssuer } from './client-cert';
import { EXEC_PLUGIN_PATH, verifyExecToken, writeExecSecret } from './exec-token';

export const AUTH_MODES = ['token', 'client-cert', 'exec'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/** The exec token lifetime without `--token-ttl-s`: EKS tokens last 15 minutes. */
export const DEFAULT_TOKEN_TTL_S = 900;
/** The client certificate lifetime without `--client-cert-ttl-s`: kubeadm's one year. */
export const DEFAULT_CLIENT_CERT_TTL_S = 365 * 24 * 60 * 60;

export interface SimAuthOptions {
  mode: AuthMode;
  /** The static bearer token (token mode). */
  token: string;
  /** Files are written next to the kubeconfig: `<kubeconfig>.exec.json`, `<kubeconfig>.client.crt|.key`. */
  kubeconfigPath: string;
  tokenTtlS?: number;
  clientCertTtlS?: number;
}

export interface SimAuth {
  readonly mode: AuthMode;
  /** TLS server options the mode needs (client-cert: ask for a certificate from the client CA). */
  readonly serverTls: { requestCert?: boolean; rejectUnauthorized?: boolean; ca?: string };
  /** The kubeconfig's `users[].user` for this mode. */
  readonly kubeconfigUser: Record<string, unknown>;
  /** Refuse every presented credential (an authentication webhook that says no), until switched off. */
  refuseAll: boolean;
  /** Who sent `req`: a user, anonymous (no credential), or a refused credential (always 401). */
  authenticate(req: IncomingMessage): Identity;
  /** Refuse every credential issued so far; new ones (a fresh plugin run, the rewritten files) are accepted. */
  revoke(): Promise<void>;
  describe(): Record<string, unknown>;
  close(): void;
}

const bearerOf = (req: IncomingMessage) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];

/** Build the mode's authenticator, writing the files its kubeconfig refers to. */
export async function createSimAuth(opts: SimAuthOptions): Promise<SimAuth> {
  const base = opts.mode === 'exec' ? execMode(opts) : opts.mode === 'client-cert' ? await clientCertMode(opts) : tokenMode(opts.token);
  const auth: SimAuth = {
    ...base,
    mode: opts.mode,
    refuseAll: false,
    authenticate(req) {
      const who = base.authenticate(req);
      if (auth.refuseAll && who !== 'anonymous') return { rejected: 'every credential is refused (refuseAll)', credential: who.credential };
      return who;
    },
    describe: () => ({ mode: opts.mode, refuseAll: auth.refuseAll, ...base.describe() }),
  };
  return auth;
}

type ModeParts = Omit<SimAuth, 'mode' | 'refuseAll'>;

function tokenMode(token: string): ModeParts {
  let revoked = false;
  return {
    serverTls: {},
    kubeconfigUser: { token },
    authenticate(req) {
      const bearer = bearerOf(req);
      if (bearer === undefined) return 'anonymous';
      if (bearer !== token) return { rejected: 'unknown bearer token' };
      if (revoked) return { rejected: 'token revoked' };
      return { user: 'kubesys-demo-admin', credential: 'static-token' };
    },
    revoke: async () => void (revoked = true),
    describe: () => ({ revoked }),
    close: () => {},
  };
}

function execMode(opts: SimAuthOptions): ModeParts {
  const ttlSeconds = opts.tokenTtlS ?? DEFAULT_TOKEN_TTL_S;
  const secretFile = `${opts.kubeconfigPath}.exec.json`;
  const { secret } = writeExecSecret(secretFile, ttlSeconds);
  let revokedBeforeMs = 0;
  return {
    serverTls: {},
    kubeconfigUser: {
      exec: {
        apiVersion: 'client.authentication.k8s.io/v1',
        command: process.execPath,
        args: [EXEC_PLUGIN_PATH, secretFile],
        interactiveMode: 'Never',
        provideClusterInfo: false,
        installHint: 'The demo cluster\'s exec plugin is a Node.js script in kubesys\'s sim/auth/.',
      },
    },
    authenticate(req) {
      const bearer = bearerOf(req);
      if (bearer === undefined) return 'anonymous';
      const check = verifyExecToken(bearer, secret, Date.now(), revokedBeforeMs);
      return check.ok ? { user: 'kubesys-demo-exec-user', credential: check.id } : { rejected: check.reason };
    },
    revoke: async () => void (revokedBeforeMs = Date.now()),
    describe: () => ({ tokenTtlSeconds: ttlSeconds, revokedBefore: revokedBeforeMs ? new Date(revokedBeforeMs).toISOString() : undefined }),
    close: () => {},
  };
}

async function clientCertMode(opts: SimAuthOptions): Promise<ModeParts> {
  const issuer = new ClientCertIssuer(
    { certFile: `${opts.kubeconfigPath}.client.crt`, keyFile: `${opts.kubeconfigPath}.client.key` },
    opts.clientCertTtlS ?? DEFAULT_CLIENT_CERT_TTL_S,
  );
  await issuer.start();
  return {
    // Ask for a certificate but let the request through without one: it is then anonymous, and gets
    // 401 outside /version and the health endpoints, as kube-apiserver answers.
    serverTls: { requestCert: true, rejectUnauthorized: false, ca: issuer.ca.pem },
    kubeconfigUser: { 'client-certificate': issuer.files.certFile, 'client-key': issuer.files.keyFile },
    authenticate(req) {
      const who = issuer.authenticate(req.socket as TLSSocket);
      if (who) return who;
      return bearerOf(req) === undefined ? 'anonymous' : { rejected: 'bearer tokens are not accepted in client-cert mode' };
    },
    revoke: () => issuer.revokeAll(),
    describe: () => ({ clientCertTtlSeconds: issuer.validitySeconds, rotations: issuer.rotations, ...issuer.files }),
    close: () => issuer.stop(),
  };
}
