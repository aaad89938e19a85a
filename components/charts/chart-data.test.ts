import { describe, expect, it } from 'vitest';
import { seriesStats, toRows } from './chart-data';

describe('toRows', () => {
  it('merges series by time, leaving gaps where a series has no point', () => {
    expect(toRows({ a: [[30, 1], [15, 2]], b: [[30, 5]] })).toEqual([{ t: 15, a: 2 }, { t: 30, a: 1, b: 5 }]);
  });
});

describe('seriesStats', () => {
  it('gives the current value, the peak and the average', () => {
    expect(seriesStats([[1, 200], [2, 340], [3, 120]])).toEqual({ now: 120, peak: 340, average: 220 });
  });

  it('is undefined without points', () => {
    expect(seriesStats([])).toBeUndefined();
  });
});
