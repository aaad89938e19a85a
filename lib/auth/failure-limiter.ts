/**
 * Limits failed sign-ins per client: at most `maxFailures` within a sliding window, then every attempt
 * from that client is refused until the oldest failure leaves the window. Counts failures, not
 * attempts, so signing in never uses up the allowance. Memory is bounded: the longest-idle clients go.
 */
import { getConfig } from '@/lib/config';
import { limitKey } from './client-address';

const MAX_CLIENTS = 10_000;

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly maxClients = MAX_CLIENTS,
  ) {}

  /** Whole seconds until `client` may try again; 0 when it may try now. */
  retryAfterSeconds(client: string, nowMs: number): number {
    const recent = this.recent(limitKey(client), nowMs);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.maxFailures]! + this.windowMs - nowMs) / 1000));
  }

  recordFailure(client: string, nowMs: number): void {
    const key = limitKey(client);
    const recent = this.recent(key, nowMs);
    recent.push(nowMs);
    // Re-insert so the Map's order is least recently failed first.
    this.failures.delete(key);
    this.failures.set(key, recent.slice(-this.maxFailures));
    while (this.failures.size > this.maxClients) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(key: string, nowMs: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > nowMs - this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

const LIMITER = Symbol.for('kubesys.sign-in-limiter');

/** The process's sign-in limiter (SIGN_IN_MAX_FAILURES within SIGN_IN_WINDOW_SECONDS). */
export function getSignInLimiter(): FailureLimiter {
  const holder = globalThis as Record<symbol, FailureLimiter | undefined>;
  if (!holder[LIMITER]) {
    const config = getConfig();
    holder[LIMITER] = new FailureLimiter(config.SIGN_IN_MAX_FAILURES, config.SIGN_IN_WINDOW_SECONDS * 1000);
  }
  return holder[LIMITER];
}
