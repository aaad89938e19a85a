/** The exec plugin runner: what it hands the plugin, what it accepts back, and how it says what went wrong. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CredentialError, parseExecCredential, resolveExecCommand, runExecPlugin, type ExecConfig } from './exec-credential';

const V1 = 'client.authentication.k8s.io/v1';
const node = (code: string, extra: Partial<ExecConfig> = {}): ExecConfig => ({ apiVersion: V1, command: process.execPath, args: ['-e', code], ...extra });
const credential = (status: object, apiVersion = V1) => JSON.stringify({ apiVersion, kind: 'ExecCredential', status });

describe('runExecPlugin', () => {
  it('returns the token and expiry, having told the plugin its API version and that nobody is at a terminal', async () => {
    const echo = `const info = JSON.parse(process.env.KUBERNETES_EXEC_INFO);
      process.stdout.write(JSON.stringify({ apiVersion: info.apiVersion, kind: 'ExecCredential',
        status: { token: info.spec.interactive + '-' + process.env.REGION, expirationTimestamp: '2030-01-02T03:04:05Z' } }));`;
    const result = await runExecPlugin(node(echo, { env: [{ name: 'REGION', value: 'eu-west-1' }] }));
    expect(result).toEqual({ token: 'false-eu-west-1', clientCertificateData: undefined, clientKeyData: undefined, expiresAtMs: Date.UTC(2030, 0, 2, 3, 4, 5) });
  });

  it('hands cluster details only to a plugin that asks for them (provideClusterInfo)', async () => {
    const echo = `process.stdout.write(JSON.stringify({ apiVersion: '${V1}', kind: 'ExecCredential',
      status: { token: JSON.parse(process.env.KUBERNETES_EXEC_INFO).spec.cluster?.server ?? 'none' } }));`;
    const cluster = { server: 'https://10.0.0.1:6443' };
    expect((await runExecPlugin(node(echo), { cluster })).token).toBe('none');
    expect((await runExecPlugin(node(echo, { provideClusterInfo: true }), { cluster })).token).toBe('https://10.0.0.1:6443');
  });

  it.each([
    ['a failing plugin, with the end of its stderr', node('process.stderr.write("line 1\\nAccessDenied: the role cannot be assumed\\n"); process.exit(3)'), /failed \(exit code 3\): line 1 AccessDenied: the role cannot be assumed/],
    ['a missing plugin, with its install hint', { apiVersion: V1, command: 'aws-iam-authenticator-missing', installHint: 'Install it from the AWS docs.' }, /aws-iam-authenticator-missing not found\. Install it from the AWS docs\./],
    ['an unsupported apiVersion', node('', { apiVersion: 'client.authentication.k8s.io/v1alpha1' }), /v1alpha1" is not supported/],
    ['interactiveMode Always', node('', { interactiveMode: 'Always' }), /needs a terminal/],
    ['a plugin that hangs', node('setTimeout(() => {}, 60000)'), /did not finish within 0.5 s/],
  ])('names %s', async (_what, exec, message) => {
    // Only the hanging plugin meets the short limit; the others answer (or fail) long before 30 s.
    const timeoutMs = String(message).includes('did not finish') ? 500 : 30_000;
    const error = await runExecPlugin(exec as ExecConfig, { timeoutMs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialError);
    expect((error as Error).message).toMatch(message);
  });

  it('runs a relative command from the kubeconfig\'s directory, a bare one from PATH', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-exec-'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.writeFileSync(path.join(dir, 'bin', 'token'), `#!/bin/sh\necho '${credential({ token: 'from-bin' })}'\n`, { mode: 0o755 });
    expect((await runExecPlugin({ apiVersion: V1, command: './bin/token' }, { kubeconfigDir: dir })).token).toBe('from-bin');
    expect(resolveExecCommand('aws', dir)).toBe('aws');
    expect(resolveExecCommand('/usr/bin/aws', dir)).toBe('/usr/bin/aws');
  });
});

describe('parseExecCredential', () => {
  it('accepts a client certificate instead of a token, and no expiry', () => {
    expect(parseExecCredential(credential({ clientCertificateData: 'CERT', clientKeyData: 'KEY' }), V1)).toEqual({ token: undefined, clientCertificateData: 'CERT', clientKeyData: 'KEY' });
  });

  it.each([
    ['not json', /printed no JSON ExecCredential/],
    [JSON.stringify({ apiVersion: V1, kind: 'Status' }), /kind "Status", not ExecCredential/],
    [credential({ token: 't' }, 'client.authentication.k8s.io/v1beta1'), /answered apiVersion "client.authentication.k8s.io\/v1beta1"; the kubeconfig asks for "client.authentication.k8s.io\/v1"/],
    [credential({}), /neither status.token nor status.clientCertificateData/],
    [credential({ token: 't', clientKeyData: 'KEY' }), /without its key \(or a key without its certificate\)/],
    [credential({ token: 't', expirationTimestamp: 'tomorrow' }), /expirationTimestamp "tomorrow", not an RFC 3339 time/],
  ])('refuses %s', (stdout, message) => {
    expect(() => parseExecCredential(stdout, V1)).toThrow(message);
  });
});
