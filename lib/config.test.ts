import { afterEach, describe, expect, it, vi } from 'vitest';
import { getConfig, isLoopback, resetConfigForTests } from './config';

function configWith(env: Record<string, string | undefined>) {
  for (const key of ['AUTH_MODE', 'AUTH_TOKEN', 'AUTH_TOKEN_FILE', 'TRUSTED_PROXIES', 'ALLOW_OPEN', 'BIND_ADDRESS', 'LOG_LEVEL', 'ALLOWED_HOSTS', 'ACCESS_LOG', 'STREAM_MAX_PER_CLIENT', 'STREAM_MAX_TOTAL', 'PROXY_WATCH_MAX_SECONDS', 'SIGN_IN_MAX_FAILURES', 'SIGN_IN_WINDOW_SECONDS']) vi.stubEnv(key, undefined);
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  resetConfigForTests();
  return () => getConfig();
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

describe('configuration', () => {
  it('defaults to no access control on loopback', () => {
    expect(configWith({})()).toMatchObject({ AUTH_MODE: 'none', BIND_ADDRESS: '127.0.0.1', ALLOW_OPEN: false, TRUSTED_PROXIES: [] });
  });

  it('refuses AUTH_MODE=none on a reachable address unless ALLOW_OPEN=true', () => {
    expect(configWith({ BIND_ADDRESS: '0.0.0.0' })).toThrow(/AUTH_MODE: AUTH_MODE=none on 0\.0\.0\.0 .*ALLOW_OPEN=true/);
    expect(configWith({ BIND_ADDRESS: '0.0.0.0', ALLOW_OPEN: 'true' })().ALLOW_OPEN).toBe(true);
    expect(configWith({ BIND_ADDRESS: '::ffff:127.0.0.1' })().AUTH_MODE).toBe('none');
  });

  it('lists every problem at once, one readable line each, naming the variable', () => {
    const read = configWith({ AUTH_MODE: 'tokn', LOG_LEVEL: 'loud', ALLOW_OPEN: 'maybe', TRUSTED_PROXIES: '10.0.0.0/8, example.com' });
    expect(read).toThrow(/^Invalid configuration:\n/);
    const message = (() => {
      try {
        read();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^- LOG_LEVEL: /),
      expect.stringMatching(/^- AUTH_MODE: .*"none"\|"proxy"\|"token"|^- AUTH_MODE: .*none/),
      expect.stringMatching(/^- TRUSTED_PROXIES: must be a comma-separated list of IPs or CIDRs$/),
      expect.stringMatching(/^- ALLOW_OPEN: /),
    ]);
  });

  it('token mode needs exactly one of AUTH_TOKEN and AUTH_TOKEN_FILE, and a token long enough', () => {
    expect(configWith({ AUTH_MODE: 'token' })).toThrow(/AUTH_TOKEN: AUTH_MODE=token needs exactly one of AUTH_TOKEN or AUTH_TOKEN_FILE/);
    expect(configWith({ AUTH_MODE: 'token', AUTH_TOKEN: 'x'.repeat(20), AUTH_TOKEN_FILE: '/t' })).toThrow(/exactly one/);
    expect(configWith({ AUTH_MODE: 'token', AUTH_TOKEN: 'short' })).toThrow(/AUTH_TOKEN: must be at least 16 characters/);
    expect(configWith({ AUTH_MODE: 'token', AUTH_TOKEN: 'x'.repeat(20), BIND_ADDRESS: '0.0.0.0' })().AUTH_MODE).toBe('token');
  });

  it('never echoes a token value in its error', () => {
    const secret = 'shh-this-is-secret';
    try {
      configWith({ AUTH_MODE: 'token', AUTH_TOKEN: 'tiny', AUTH_TOKEN_FILE: secret })();
    } catch (error) {
      expect((error as Error).message).not.toContain('tiny');
      expect((error as Error).message).not.toContain(secret);
    }
    expect.assertions(2);
  });

  it('proxy mode needs TRUSTED_PROXIES', () => {
    expect(configWith({ AUTH_MODE: 'proxy' })).toThrow(/TRUSTED_PROXIES: AUTH_MODE=proxy needs the proxy addresses/);
    expect(configWith({ AUTH_MODE: 'proxy', TRUSTED_PROXIES: '10.0.0.0/8, ::1' })().TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '::1']);
  });

  it('reads the security limits with defaults: stream caps, watch length, sign-in failures, access log off', () => {
    expect(configWith({})()).toMatchObject({
      ALLOWED_HOSTS: [],
      STREAM_MAX_PER_CLIENT: 10,
      STREAM_MAX_TOTAL: 100,
      PROXY_WATCH_MAX_SECONDS: 600,
      SIGN_IN_MAX_FAILURES: 10,
      SIGN_IN_WINDOW_SECONDS: 300,
      ACCESS_LOG: false,
    });
    expect(configWith({ STREAM_MAX_PER_CLIENT: '0' })).toThrow(/STREAM_MAX_PER_CLIENT/);
    expect(configWith({ ACCESS_LOG: 'true' })().ACCESS_LOG).toBe(true);
  });

  it('takes ALLOWED_HOSTS as host names without ports, lower-cased', () => {
    expect(configWith({ ALLOWED_HOSTS: 'Ops.Example.com, kubesys.internal,[fd00::1]' })().ALLOWED_HOSTS).toEqual(['ops.example.com', 'kubesys.internal', '[fd00::1]']);
    for (const bad of ['ops.example.com:443', 'https://ops.example.com', '*.example.com', 'a/b']) {
      expect(configWith({ ALLOWED_HOSTS: bad }), bad).toThrow(/ALLOWED_HOSTS: must be a comma-separated list of host names without ports/);
    }
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
  ])('isLoopback(%s) → %s', (address, expected) => expect(isLoopback(address)).toBe(expected));
});
