import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { getAccessToken, hasValidSession, resetAccessTokenForTests } from './access-token';
import { getSessionStore } from './session-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-token-'));
const file = path.join(dir, 'token');

function useFile(content?: string) {
  if (content === undefined) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, content);
  vi.stubEnv('AUTH_MODE', 'token');
  vi.stubEnv('AUTH_TOKEN', undefined);
  vi.stubEnv('AUTH_TOKEN_FILE', file);
  resetConfigForTests();
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetAccessTokenForTests();
});

describe('AUTH_TOKEN_FILE', () => {
  it('reads the mounted Secret, trimmed, and picks up a rotated one after 30 s', () => {
    useFile('first-token-0123456789\n');
    expect(getAccessToken(0)).toBe('first-token-0123456789');
    fs.writeFileSync(file, 'second-token-0123456789');
    expect(getAccessToken(10_000)).toBe('first-token-0123456789');
    expect(getAccessToken(31_000)).toBe('second-token-0123456789');
  });

  it('ends sessions signed with the old token once it rotates', () => {
    useFile('first-token-0123456789');
    const session = getSessionStore().create('first-token-0123456789', 0, 3_600_000);
    expect(hasValidSession(session, 1)).toBe(true);
    fs.writeFileSync(file, 'second-token-0123456789');
    expect(hasValidSession(session, 40_000)).toBe(false);
  });

  it('names the file, never its content, when it cannot be used', () => {
    useFile();
    expect(() => getAccessToken(0)).toThrow(`AUTH_TOKEN_FILE ${file} cannot be read (ENOENT)`);
    useFile('short-secret');
    resetAccessTokenForTests();
    expect(() => getAccessToken(0)).toThrow(/must hold a token of at least 16 characters/);
    try {
      getAccessToken(0);
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
    expect(hasValidSession('v1.1.x', 0)).toBe(false);
  });
});
