import { describe, expect, it } from 'vitest';
import { sparkPath } from './group-trend';

describe('sparkPath', () => {
  it('spans the box: first point at x 0, last at x 64, the highest value at the top', () => {
    expect(sparkPath([[0, 1], [30, 3], [60, 2]])).toBe('M0.0,18.5L32.0,1.5L64.0,10.0');
  });
  it('draws a flat series through the middle and nothing for no points', () => {
    expect(sparkPath([[0, 5], [60, 5]])).toBe('M0.0,10.0L64.0,10.0');
    expect(sparkPath([])).toBe('');
  });
});
