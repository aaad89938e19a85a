import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetConfigForTests } from './config';
import { captureLogsForTests, log, redact } from './log';

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

function capture(level: string, fn: () => void): Record<string, unknown>[] {
  vi.stubEnv('LOG_LEVEL', level);
  resetConfigForTests();
  const lines: string[] = [];
  const restore = captureLogsForTests((line) => lines.push(line));
  try {
    fn();
  } finally {
    restore();
  }
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('log', () => {
  it('writes one JSON object per line with time, level and message', () => {
    const [entry] = capture('info', () => log.info('watch restarted', { kind: 'pods' }));
    expect(entry).toMatchObject({ level: 'info', msg: 'watch restarted', kind: 'pods' });
    expect(new Date(entry.time as string).toString()).not.toBe('Invalid Date');
  });

  it('drops lines below LOG_LEVEL', () => {
    expect(capture('warn', () => {
      log.debug('a');
      log.info('b');
      log.warn('c');
      log.error('d');
    }).map((e) => e.msg)).toEqual(['c', 'd']);
    expect(capture('debug', () => log.debug('a'))).toHaveLength(1);
  });

  it('never writes a credential, however it is nested', () => {
    const secret = 'sekret-bearer-value-123';
    const lines = capture('debug', () =>
      log.info('request', { headers: { Authorization: `Bearer ${secret}`, cookie: `kubesys_session=${secret}` }, token: secret, nested: [{ password: secret }] }),
    );
    expect(JSON.stringify(lines)).not.toContain(secret);
    expect(lines[0]).toMatchObject({ token: '[redacted]', headers: { Authorization: '[redacted]', cookie: '[redacted]' } });
  });

  it('writes access lines whatever LOG_LEVEL says, and redacts them like any other', () => {
    const lines = capture('error', () => log.access({ client: '192.0.2.1', path: '/api/overview', status: 200, token: 'x' }));
    expect(lines).toEqual([{ time: expect.any(String), msg: 'access', client: '192.0.2.1', path: '/api/overview', status: 200, token: '[redacted]' }]);
  });

  it('logs errors as name and message', () => {
    expect(redact(new TypeError('boom'))).toEqual({ name: 'TypeError', message: 'boom' });
  });
});
