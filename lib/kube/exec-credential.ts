/**
 * Runs a kubeconfig's exec credential plugin (`aws eks get-token`, `gke-gcloud-auth-plugin`, `kubelogin`)
 * the way client-go does and reads the `ExecCredential` it prints. Only running and parsing: when to run
 * it again is credentials.ts's business.
 */
import 'server-only';
import { spawn } from 'node:child_process';
import path from 'node:path';

/** A kubeconfig `users[].user.exec` block (client.authentication.k8s.io ExecConfig). */
export interface ExecConfig {
  apiVersion?: string;
  command: string;
  args?: string[];
  env?: { name: string; value: string }[] | null;
  installHint?: string;
  provideClusterInfo?: boolean;
  interactiveMode?: string;
}

/** The cluster fields client-go hands a plugin that asks for them (`provideClusterInfo: true`). */
export interface ExecClusterInfo {
  server: string;
  'certificate-authority-data'?: string;
  'tls-server-name'?: string;
  'proxy-url'?: string;
  'insecure-skip-tls-verify'?: boolean;
}

export interface ExecResult {
  token?: string;
  /** PEM client certificate and key, when the plugin authenticates with mutual TLS instead. */
  clientCertificateData?: string;
  clientKeyData?: string;
  /** `status.expirationTimestamp` in ms; absent when the credential does not say (then it lasts until a 401). */
  expiresAtMs?: number;
}

/**
 * A credential, or the transport it travels on, could not be set up: the exec plugin is missing, failed
 * or printed something unusable; a certificate or CA file is unreadable; the proxy-url is not usable.
 */
export class CredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialError';
  }
}

const SUPPORTED_API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'];
/** Cloud CLIs can take seconds (a token exchange); a hung plugin must not hold requests forever. */
export const EXEC_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 1 << 20;

/**
 * Resolves the command as client-go does: a command with a path separator is relative to the directory
 * of the kubeconfig that defined the user; a bare name is looked up on PATH.
 */
export function resolveExecCommand(command: string, kubeconfigDir?: string): string {
  if (!command.includes('/') || path.isAbsolute(command) || !kubeconfigDir) return command;
  return path.resolve(kubeconfigDir, command);
}

/**
 * Runs the plugin with `KUBERNETES_EXEC_INFO` set (non-interactive: there is no terminal behind a server)
 * and returns its credential. The output's apiVersion must match the config's, as client-go requires.
 */
export async function runExecPlugin(exec: ExecConfig, opts: { kubeconfigDir?: string; cluster?: ExecClusterInfo; timeoutMs?: number } = {}): Promise<ExecResult> {
  const apiVersion = exec.apiVersion ?? '';
  if (!SUPPORTED_API_VERSIONS.includes(apiVersion)) {
    throw new CredentialError(`exec plugin: apiVersion "${apiVersion}" is not supported (use ${SUPPORTED_API_VERSIONS.join(' or ')}; v1alpha1 was removed in Kubernetes 1.24)`);
  }
  if (exec.interactiveMode === 'Always') {
    throw new CredentialError('exec plugin: interactiveMode "Always" needs a terminal; a server has none (use IfAvailable or Never)');
  }
  const command = resolveExecCommand(exec.command, opts.kubeconfigDir);
  const execInfo = { apiVersion, kind: 'ExecCredential', spec: { interactive: false, ...(exec.provideClusterInfo && opts.cluster ? { cluster: opts.cluster } : {}) } };
  // The plugin inherits the whole environment (PATH, AWS_PROFILE, HOME …), as kubectl passes it on.
  // eslint-disable-next-line no-restricted-properties -- handed to the child, not read as configuration
  const env = { ...process.env, ...Object.fromEntries((exec.env ?? []).map((e) => [e.name, e.value])), KUBERNETES_EXEC_INFO: JSON.stringify(execInfo) };
  const { code, stdout, stderr } = await run(command, exec.args ?? [], env, opts.timeoutMs ?? EXEC_TIMEOUT_MS, exec.installHint);
  const name = path.basename(command);
  if (code !== 0) {
    const detail = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
    throw new CredentialError(`exec plugin ${name} failed (exit code ${code})${detail ? `: ${detail}` : ''}`);
  }
  return parseExecCredential(stdout, apiVersion, name);
}

/** Checks an ExecCredential as client-go does: kind, matching apiVersion, a token or a certificate and key. */
export function parseExecCredential(stdout: string, apiVersion: string, name = 'exec plugin'): ExecResult {
  let doc: { apiVersion?: string; kind?: string; status?: Record<string, unknown> };
  try {
    doc = JSON.parse(stdout) as typeof doc;
  } catch {
    throw new CredentialError(`exec plugin ${name} printed no JSON ExecCredential`);
  }
  if (doc?.kind !== 'ExecCredential') throw new CredentialError(`exec plugin ${name} printed kind "${doc?.kind}", not ExecCredential`);
  if (doc.apiVersion !== apiVersion) {
    throw new CredentialError(`exec plugin ${name} answered apiVersion "${doc.apiVersion}"; the kubeconfig asks for "${apiVersion}"`);
  }
  const status = doc.status ?? {};
  const text = (key: string) => (typeof status[key] === 'string' && status[key] ? (status[key] as string) : undefined);
  const result: ExecResult = { token: text('token'), clientCertificateData: text('clientCertificateData'), clientKeyData: text('clientKeyData') };
  if (!result.token && !(result.clientCertificateData && result.clientKeyData)) {
    throw new CredentialError(`exec plugin ${name} returned neither status.token nor status.clientCertificateData with clientKeyData`);
  }
  if (!result.clientCertificateData !== !result.clientKeyData) {
    throw new CredentialError(`exec plugin ${name} returned a client certificate without its key (or a key without its certificate)`);
  }
  const expiration = text('expirationTimestamp');
  if (expiration) {
    const ms = Date.parse(expiration);
    if (Number.isNaN(ms)) throw new CredentialError(`exec plugin ${name} returned expirationTimestamp "${expiration}", not an RFC 3339 time`);
    result.expiresAtMs = ms;
  }
  return result;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, installHint?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    let tooLong = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.length > MAX_OUTPUT_BYTES && !tooLong) {
        tooLong = true;
        child.kill();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_OUTPUT_BYTES) stderr += chunk;
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      const hint = installHint ? ` ${installHint}` : '';
      reject(new CredentialError(error.code === 'ENOENT' ? `exec plugin ${command} not found.${hint}` : `exec plugin ${command}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      if (tooLong) return reject(new CredentialError(`exec plugin ${path.basename(command)} printed more than 1 MiB`));
      if (signal) return reject(new CredentialError(`exec plugin ${path.basename(command)} ${signal === 'SIGTERM' ? `did not finish within ${timeoutMs / 1000} s` : `was killed (${signal})`}`));
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}
