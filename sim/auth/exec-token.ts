/**
 * The exec mode's tokens: a secret file the plugin (exec-plugin.mjs) signs with, and the check the demo
 * cluster makes on every request: a valid HMAC, not expired, not issued before a revocation.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The plugin beside this file; run with `node`, not tsx, so each credential costs one Node.js start. */
export const EXEC_PLUGIN_PATH = join(__dirname, 'exec-plugin.mjs');

export interface ExecSecret {
  secret: string;
  ttlSeconds: number;
}

/** Write the secret file the plugin reads (0600: it signs credentials). */
export function writeExecSecret(path: string, ttlSeconds: number): ExecSecret {
  const secret = { secret: randomBytes(32).toString('hex'), ttlSeconds };
  writeFileSync(path, JSON.stringify(secret), { mode: 0o600 });
  chmodSync(path, 0o600);
  return secret;
}

export type TokenCheck = { ok: true; id: string; issuedMs: number; expiresMs: number } | { ok: false; reason: string };

const TOKEN = /^kubesys-exec\.(\d+)\.(\d+)\.([0-9a-f]+)\.([A-Za-z0-9_-]+)$/;

/** Verify a token the plugin printed; `revokedBeforeMs` refuses tokens issued up to that instant. */
export function verifyExecToken(token: string, secret: string, nowMs: number, revokedBeforeMs = 0): TokenCheck {
  const m = TOKEN.exec(token);
  if (!m) return { ok: false, reason: 'not a demo exec token' };
  const [, issued, expires, id, signature] = m;
  const expected = createHmac('sha256', secret).update(`${issued}.${expires}.${id}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
  if (Number(expires) <= nowMs) return { ok: false, reason: `token expired at ${new Date(Number(expires)).toISOString()}` };
  if (Number(issued) <= revokedBeforeMs) return { ok: false, reason: 'token revoked' };
  return { ok: true, id, issuedMs: Number(issued), expiresMs: Number(expires) };
}
