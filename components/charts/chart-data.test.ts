import { describe, expect, it } from 'vitest';
import { summarize, toRows } from './chart-data';
import { formatMillicores } from './units';

describe('toRows', () => {
  it('merges series by time, leaving gaps where a series has no point', () => {
    expect(toRows({ a: [[30, 1], [15, 2]], b: [[30, 5]] })).toEqual([{ t: 15, a: 2 }, { t: 30, a: 1, b: 5 }]);
  });
});

describe('summarize', () => {
  it('says the current value, the peak and the average over the range', () => {
    expect(summarize('CPU', [[1, 200], [2, 340], [3, 120]], formatMillicores, 3_600)).toBe(
      'CPU 120m now, peak 340m, average 220m in the last hour',
    );
  });

  it('says when there is no data', () => {
    expect(summarize('Memory', [], String, 900)).toBe('Memory: no data in the last 15 minutes');
  });
});
