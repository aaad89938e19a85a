/** When credentials are fetched again, what a failed refresh does, and what each kubeconfig user shape sends. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCa, issueClientCert } from '@/sim/tls';
import type { Connection } from './connection';
import { fileRecheckTimeMs, loadCredential, MIN_CREDENTIAL_REUSE_MS, refreshTimeMs } from './credential-load';
import { ConnectionCredentials } from './credentials';
import { CredentialError } from './exec-credential';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-credentials-'));
const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

function connectionFor(user: Record<string, unknown>): Connection {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: 'https://10.0.0.1:6443', skipTLSVerify: false }],
    users: [{ name: 'u', ...user }],
    contexts: [{ name: 'ctx', cluster: 'c', user: 'u' }],
    currentContext: 'ctx',
  });
  return { kc, clusterName: 'c', contextName: 'ctx', contexts: ['ctx'], server: 'https://10.0.0.1:6443', source: 'kubeconfig' };
}

describe('refreshTimeMs', () => {
  it.each([
    ['an EKS token (15 min) a minute early', 15 * MINUTE, 14 * MINUTE],
    ['a one-hour token a minute early', 60 * MINUTE, 59 * MINUTE],
    ['a 6 s token with a third of its life left', 6_000, 4_000],
    ['an already expired credential after the minimum reuse', -5_000, MIN_CREDENTIAL_REUSE_MS],
  ])('replaces %s', (_what, lifetimeMs, refreshAfterMs) => {
    expect(refreshTimeMs(1_000_000 + lifetimeMs, 1_000_000)).toBe(1_000_000 + refreshAfterMs);
  });
});

describe('fileRecheckTimeMs', () => {
  it.each([
    ['a one-year certificate every minute', 365 * 24 * 60 * MINUTE, MINUTE],
    ['a 12 s certificate after 2 s', 12_000, 2_000],
    ['an expired certificate after the minimum reuse', -5_000, MIN_CREDENTIAL_REUSE_MS],
  ])('reads %s', (_what, lifetimeMs, recheckAfterMs) => {
    expect(fileRecheckTimeMs(1_000_000 + lifetimeMs, 1_000_000)).toBe(1_000_000 + recheckAfterMs);
  });
});

describe('ConnectionCredentials', () => {
  it('keeps a still-valid credential when the plugin fails, and reports the failure once it has expired', async () => {
    const mode = path.join(dir, 'mode');
    fs.writeFileSync(mode, 'ok');
    const plugin = `const fs = require('node:fs');
      if (fs.readFileSync(${JSON.stringify(mode)}, 'utf8') !== 'ok') { process.stderr.write('sso session expired'); process.exit(1); }
      process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential',
        status: { token: 'tok-' + Date.now(), expirationTimestamp: new Date(Date.now() + 600000).toISOString() } }));`;
    const credentials = new ConnectionCredentials(connectionFor({ exec: { apiVersion: 'client.authentication.k8s.io/v1', command: process.execPath, args: ['-e', plugin] } }));
    const first = await credentials.get();
    expect(first.expiresAtMs - Date.now()).toBeGreaterThan(9 * MINUTE);
    fs.writeFileSync(mode, 'fail');
    vi.useFakeTimers({ toFake: ['Date'], now: first.refreshAtMs + 1 });
    const kept = await credentials.get();
    expect(kept.fingerprint).toBe(first.fingerprint);
    vi.setSystemTime(first.expiresAtMs + 1);
    await expect(credentials.get()).rejects.toThrow(/sso session expired/);
    credentials.close();
  });
});

describe('loadCredential', () => {
  it('sends basic auth and impersonation as the kubeconfig says', async () => {
    const loaded = await loadCredential(connectionFor({ username: 'admin', password: 's3cret', impersonateUser: 'viewer' }));
    expect(loaded.headers).toEqual({ Authorization: `Basic ${Buffer.from('admin:s3cret').toString('base64')}`, 'Impersonate-User': 'viewer' });
  });

  it('reads client certificate files, due again before the certificate expires', async () => {
    const ca = generateCa('test-ca');
    const cert = await issueClientCert(ca, { user: 'u', groups: [], validitySeconds: 30 });
    fs.writeFileSync(path.join(dir, 'u.crt'), cert.certPem);
    fs.writeFileSync(path.join(dir, 'u.key'), cert.keyPem);
    const loaded = await loadCredential(connectionFor({ certFile: path.join(dir, 'u.crt'), keyFile: path.join(dir, 'u.key') }));
    expect(loaded.clientCert?.cert).toBe(cert.certPem.trim());
    expect(loaded.expiresAtMs).toBe(Math.floor(cert.notAfter.getTime() / 1000) * 1000);
    expect(loaded.refreshAtMs).toBeLessThan(loaded.expiresAtMs);
  });

  it('refuses a certificate and key that do not belong together (a rotation caught between its two writes)', async () => {
    const ca = generateCa('test-ca');
    const [a, b] = await Promise.all([1, 2].map(() => issueClientCert(ca, { user: 'u', groups: [], validitySeconds: 30 })));
    fs.writeFileSync(path.join(dir, 'a.crt'), a.certPem);
    fs.writeFileSync(path.join(dir, 'b.key'), b.keyPem);
    const error = await loadCredential(connectionFor({ certFile: path.join(dir, 'a.crt'), keyFile: path.join(dir, 'b.key') })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialError);
    expect((error as Error).message).toMatch(/a\.crt: the key does not belong to the certificate/);
  });
});
