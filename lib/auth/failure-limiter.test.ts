import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './failure-limiter';

const MINUTE = 60_000;

describe('FailureLimiter', () => {
  it('lets a client fail maxFailures times in the window, then refuses it until the oldest failure ages out', () => {
    const limiter = new FailureLimiter(3, 5 * MINUTE);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds('192.0.2.1', i * 1000)).toBe(0);
      limiter.recordFailure('192.0.2.1', i * 1000);
    }
    expect(limiter.retryAfterSeconds('192.0.2.1', 3000)).toBe(297);
    expect(limiter.retryAfterSeconds('192.0.2.1', 5 * MINUTE - 1)).toBe(1);
    expect(limiter.retryAfterSeconds('192.0.2.1', 5 * MINUTE)).toBe(0);
  });

  it('counts each client separately', () => {
    const limiter = new FailureLimiter(1, MINUTE);
    limiter.recordFailure('192.0.2.1', 0);
    expect(limiter.retryAfterSeconds('192.0.2.1', 1)).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('192.0.2.2', 1)).toBe(0);
  });

  it('counts an IPv6 /64 as one client', () => {
    const limiter = new FailureLimiter(2, MINUTE);
    limiter.recordFailure('2001:db8:1:2::a', 0);
    limiter.recordFailure('2001:db8:1:2::b', 0);
    expect(limiter.retryAfterSeconds('2001:db8:1:2::c', 1)).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('2001:db8:1:3::c', 1)).toBe(0);
  });

  it('stays bounded: the longest-idle clients are forgotten first', () => {
    const limiter = new FailureLimiter(1, MINUTE, 2);
    limiter.recordFailure('192.0.2.1', 0);
    limiter.recordFailure('192.0.2.2', 1);
    limiter.recordFailure('192.0.2.3', 2);
    expect(limiter.retryAfterSeconds('192.0.2.1', 3)).toBe(0);
    expect(limiter.retryAfterSeconds('192.0.2.3', 3)).toBeGreaterThan(0);
  });
});
