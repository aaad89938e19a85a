import { describe, expect, it } from 'vitest';
import { quantityValue } from './quantity';

describe('quantityValue', () => {
  it.each<[unknown, number | undefined]>([
    ['250m', 0.25],
    ['123456789n', 0.123456789],
    ['1843212Ki', 1843212 * 1024],
    ['3.5Gi', 3.5 * 2 ** 30],
    ['1e3', 1000],
    ['12E-1', 1.2],
    ['2', 2],
    ['.5', 0.5],
    [7, 7],
    ['', undefined],
    ['5K', undefined],
    ['Mi', undefined],
    [null, undefined],
    [Number.POSITIVE_INFINITY, undefined],
  ])('%s → %s', (input, want) => {
    const got = quantityValue(input);
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(want, 9);
  });
});
