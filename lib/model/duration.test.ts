import { describe, expect, it } from 'vitest';
import { humanAge, humanDuration } from './duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

describe('humanDuration (k8s.io/apimachinery/pkg/util/duration.HumanDuration)', () => {
  it.each([
    [-3 * S, '<invalid>'],
    [-2 * S, '<invalid>'],
    [-1999, '0s'],
    [-1 * S, '0s'],
    [0, '0s'],
    [999, '0s'],
    [45 * S, '45s'],
    [119 * S, '119s'],
    [2 * M, '2m'],
    [2 * M + 1 * S, '2m1s'],
    [3 * M + 20 * S, '3m20s'],
    [9 * M + 59 * S, '9m59s'],
    [10 * M, '10m'],
    [10 * M + 30 * S, '10m'],
    [12 * M, '12m'],
    [179 * M + 59 * S, '179m'],
    [3 * H, '3h'],
    [3 * H + 5 * M, '3h5m'],
    [7 * H + 59 * M, '7h59m'],
    [8 * H, '8h'],
    [20 * H + 30 * M, '20h'],
    [47 * H + 59 * M, '47h'],
    [2 * D, '2d'],
    [2 * D + 4 * H, '2d4h'],
    [7 * D + 23 * H, '7d23h'],
    [8 * D, '8d'],
    [87 * D + 5 * H, '87d'],
    [2 * Y - 1 * S, '729d'],
    [2 * Y, '2y'],
    [2 * Y + 30 * D, '2y30d'],
    [7 * Y + 364 * D, '7y364d'],
    [8 * Y, '8y'],
    [12 * Y + 100 * D, '12y'],
  ])('%d ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });

  it('treats non-finite input as invalid', () => {
    expect(humanDuration(Number.NaN)).toBe('<invalid>');
  });
});

describe('humanAge', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it('formats the age of a timestamp', () => {
    expect(humanAge('2024-05-01T11:48:00Z', now)).toBe('12m');
    expect(humanAge('2024-04-29T08:00:00Z', now)).toBe('2d4h');
  });
  it('prints <unknown> for a missing or unparsable timestamp', () => {
    expect(humanAge(undefined, now)).toBe('<unknown>');
    expect(humanAge(null, now)).toBe('<unknown>');
    expect(humanAge('', now)).toBe('<unknown>');
    expect(humanAge('yesterday', now)).toBe('<unknown>');
  });
});
