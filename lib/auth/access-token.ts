/**
 * The expected access token for AUTH_MODE=token: AUTH_TOKEN, or AUTH_TOKEN_FILE re-read every 30 s so
 * a rotated Secret (kubelet swaps the mounted file) takes effect without a restart.
 */
import fs from 'node:fs';
import { getConfig } from '@/lib/config';
import { getSessionStore } from './session-store';

const REREAD_MS = 30_000;
const MIN_LENGTH = 16;

let cached: { token: string; at: number; file: string } | undefined;

/** The token, or throws an Error naming the file (never its content) when it cannot be used. */
export function getAccessToken(nowMs = Date.now()): string {
  const config = getConfig();
  if (config.AUTH_TOKEN) return config.AUTH_TOKEN;
  const file = config.AUTH_TOKEN_FILE;
  if (!file) throw new Error('AUTH_MODE=token needs AUTH_TOKEN or AUTH_TOKEN_FILE');
  if (cached && cached.file === file && nowMs - cached.at < REREAD_MS) return cached.token;
  let token: string;
  try {
    token = fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new Error(`AUTH_TOKEN_FILE ${file} cannot be read (${code})`);
  }
  if (token.length < MIN_LENGTH) throw new Error(`AUTH_TOKEN_FILE ${file} must hold a token of at least ${MIN_LENGTH} characters`);
  cached = { token, at: nowMs, file };
  return token;
}

/** True when a session cookie value is an open session now; false when it is not or the token cannot be loaded. */
export function hasValidSession(value: string | undefined, nowMs = Date.now()): boolean {
  try {
    return getSessionStore().verify(value, getAccessToken(nowMs), nowMs);
  } catch {
    return false;
  }
}

/** For tests: forget the file's content. */
export function resetAccessTokenForTests(): void {
  cached = undefined;
}
