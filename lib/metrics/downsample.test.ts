import { describe, expect, it } from 'vitest';
import { RANGE_SECONDS, USAGE_RANGES } from '@/lib/api/usage';
import { chooseStep, downsample, roundPoints, sumByTime } from './downsample';

describe('chooseStep', () => {
  it.each(USAGE_RANGES)('gives at most 300 points, never finer than the interval, for %s', (range) => {
    const step = chooseStep(RANGE_SECONDS[range], 15);
    expect(step).toBeGreaterThanOrEqual(15);
    expect(RANGE_SECONDS[range] / step).toBeLessThanOrEqual(300);
  });

  it('keeps the sample interval for an hour (240 points) and uses round steps beyond', () => {
    expect(chooseStep(3_600, 15)).toBe(15);
    expect(chooseStep(21_600, 15)).toBe(90);
    expect(chooseStep(86_400, 15)).toBe(300);
    expect(chooseStep(604_800, 15)).toBe(2_400);
    expect(chooseStep(3_600, 15, 60)).toBe(60);
  });
});

describe('downsample', () => {
  it('averages points into epoch-aligned buckets', () => {
    expect(downsample([[0, 1], [15, 3], [30, 5], [45, 7], [60, 9]], 30)).toEqual([[0, 2], [30, 6], [60, 9]]);
  });
});

describe('roundPoints and sumByTime', () => {
  it('rounds values and adds series by timestamp', () => {
    expect(roundPoints([[1, 1.26], [2, 2.04]], 1)).toEqual([[1, 1.3], [2, 2]]);
    expect(sumByTime([[[2, 1], [1, 1]], [[1, 2]]])).toEqual([[1, 3], [2, 1]]);
  });
});
