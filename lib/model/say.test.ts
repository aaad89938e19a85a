import { describe, expect, it } from 'vitest';
import { english } from './english';
import { moment, say, verbatim } from './say';

describe('say and english', () => {
  it('renders a descriptor in the English of messages/en/model.json, nested messages first', () => {
    expect(english(say('reason.podsReady', { ready: 1, total: 2 }))).toBe('1 of 2 pods ready');
    expect(english(say('reason.podsReadyDetail', { ready: 1, total: 2, detail: verbatim('coredns-x CrashLoopBackOff') }))).toBe(
      '1 of 2 pods ready: coredns-x CrashLoopBackOff',
    );
  });

  it('renders a moment as an absolute time, so the text does not change while the clock runs', () => {
    const at = moment('2026-03-01T11:59:58.000Z');
    expect(at).toEqual({ at: '2026-03-01T11:59:58Z' });
    expect(english(say('cause.restartedLast', { pod: 'coredns-x', restarts: 4, at: at! }))).toBe('coredns-x restarted 4 times, last at 2026-03-01T11:59:58Z');
  });

  it('has no moment for a time that does not parse', () => {
    expect(moment('')).toBeUndefined();
    expect(moment('yesterday-ish')).toBeUndefined();
  });
});
