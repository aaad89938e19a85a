import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatCpu, formatGiB, formatResource, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['250m', 0.25],
    ['100m', 0.1],
    ['1', 1],
    ['4', 4],
    ['0', 0],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1843212Ki', 1843212 * 1024],
    ['3.5Gi', 3.5 * 2 ** 30],
    ['512Mi', 512 * 2 ** 20],
    ['1Ti', 2 ** 40],
    ['2Pi', 2 * 2 ** 50],
    ['1Ei', 2 ** 60],
    ['1k', 1000],
    ['1M', 1e6],
    ['128G', 128e9],
    ['1T', 1e12],
    ['1P', 1e15],
    ['1E', 1e18],
    ['500u', 0.0005],
    ['12n', 12e-9],
    ['1e3', 1000],
    ['1E3', 1000],
    ['5e-3', 0.005],
    ['1.5e2', 150],
    ['+2', 2],
    ['-1', -1],
    ['  110 ', 110],
    ['61255492Ki', 61255492 * 1024],
  ])('%s → %d', (input, want) => {
    expect(parseQuantity(input)).toBeCloseTo(want, 12);
  });

  it.each(['', 'abc', '1K', '1 Gi', 'Gi', '1.2.3', '1GiB', '1e', 'm', '--1', '1ki'])('rejects %j', (input) => {
    expect(parseQuantity(input)).toBeUndefined();
  });

  it('takes numbers as they are and rejects null, undefined and non-finite numbers', () => {
    expect(parseQuantity(42)).toBe(42);
    expect(parseQuantity(null)).toBeUndefined();
    expect(parseQuantity(undefined)).toBeUndefined();
    expect(parseQuantity(Number.NaN)).toBeUndefined();
    expect(parseQuantity(Infinity)).toBeUndefined();
  });
});

describe('formatters', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(12 * 1024)).toBe('12 KiB');
    expect(formatBytes(512 * 2 ** 20)).toBe('512 MiB');
    expect(formatBytes(1.84 * 2 ** 30)).toBe('1.8 GiB');
    expect(formatBytes(2 * 2 ** 40)).toBe('2 TiB');
    expect(formatBytes(undefined)).toBe('—');
  });

  it('formats memory in GiB with two decimals at most', () => {
    expect(formatGiB(8 * 2 ** 30)).toBe('8 GiB');
    expect(formatGiB(1843212 * 1024)).toBe('1.76 GiB');
    expect(formatGiB(Number.NaN)).toBe('—');
  });

  it('formats cpu as cores, millicores below one', () => {
    expect(formatCpu(4)).toBe('4');
    expect(formatCpu(3.5)).toBe('3.5');
    expect(formatCpu(0.25)).toBe('250m');
    expect(formatCpu(0)).toBe('0');
    expect(formatCpu(1.999)).toBe('2');
    expect(formatCpu(undefined)).toBe('—');
  });

  it('formats counts with thousands separators', () => {
    expect(formatCount(110)).toBe('110');
    expect(formatCount(5000)).toBe('5,000');
    expect(formatCount(undefined)).toBe('—');
  });

  it('formats a raw quantity by the resource it measures', () => {
    expect(formatResource('cpu', '3900m')).toBe('3.9');
    expect(formatResource('cpu', '250m')).toBe('250m');
    expect(formatResource('memory', '16393100Ki')).toBe('15.63 GiB');
    expect(formatResource('pods', '110')).toBe('110');
    expect(formatResource('ephemeral-storage', '61255492Ki')).toBe('58.4 GiB');
    expect(formatResource('hugepages-2Mi', '0')).toBe('0 B');
    expect(formatResource('nvidia.com/gpu', '2')).toBe('2');
    expect(formatResource('cpu', 'lots')).toBe('lots');
    expect(formatResource('cpu', undefined)).toBe('—');
  });
});
