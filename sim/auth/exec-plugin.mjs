#!/usr/bin/env node
/**
 * The demo cluster's exec credential plugin, run by kubectl and kubesys as `aws eks get-token` or
 * `gke-gcloud-auth-plugin` would be: reads the secret file the demo cluster wrote and prints an
 * ExecCredential whose token is `kubesys-exec.<issuedMs>.<expiresMs>.<id>.<HMAC-SHA256>`, which the demo
 * cluster verifies on its own. Plain Node.js (no TypeScript, no dependencies), so it starts fast.
 *
 * Usage: node exec-plugin.mjs SECRET_FILE   (SECRET_FILE holds {"secret": "...", "ttlSeconds": N})
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

const DEFAULT_API_VERSION = 'client.authentication.k8s.io/v1';

function fail(message) {
  process.stderr.write(`kubesys demo exec plugin: ${message}\n`);
  process.exit(1);
}

const secretFile = process.argv[2];
if (!secretFile) fail('usage: exec-plugin.mjs SECRET_FILE');
let config;
try {
  config = JSON.parse(readFileSync(secretFile, 'utf8'));
} catch (error) {
  fail(`cannot read ${secretFile}: ${error.message}`);
}
if (typeof config.secret !== 'string' || !(config.ttlSeconds > 0)) fail(`${secretFile} needs "secret" and "ttlSeconds"`);

// Answer in the API version the client asked for (KUBERNETES_EXEC_INFO), as real plugins do.
let apiVersion = DEFAULT_API_VERSION;
try {
  apiVersion = JSON.parse(process.env.KUBERNETES_EXEC_INFO ?? '{}').apiVersion ?? DEFAULT_API_VERSION;
} catch {
  // No usable exec info: answer v1.
}

const issuedMs = Date.now();
// Whole seconds: expirationTimestamp is RFC 3339 without fractions, and the token must not outlive it.
const expiresMs = Math.floor((issuedMs + config.ttlSeconds * 1000) / 1000) * 1000;
const payload = `${issuedMs}.${expiresMs}.${randomBytes(6).toString('hex')}`;
const signature = createHmac('sha256', config.secret).update(payload).digest('base64url');
process.stdout.write(
  JSON.stringify({
    apiVersion,
    kind: 'ExecCredential',
    status: { token: `kubesys-exec.${payload}.${signature}`, expirationTimestamp: new Date(expiresMs).toISOString().replace('.000Z', 'Z') },
  }),
);
