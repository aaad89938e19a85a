import { describe, expect, it } from 'vitest';
import { axisBytes, axisMillicores, chartDomain, formatMemory, formatMillicores, niceTicks, rangeParts, timeTicks } from './units';

describe('usage units', () => {
  it.each([
    [0, '0m'],
    [0.42, '0.4m'],
    [120.4, '120m'],
    [999, '999m'],
    [1_000, '1 core'],
    [1_250, '1.25 cores'],
    [null, '—'],
  ])('formats %s millicores as %s', (value, text) => {
    expect(formatMillicores(value)).toBe(text);
  });

  it('formats memory in MiB and GiB', () => {
    expect(formatMemory(96 * 2 ** 20)).toBe('96 MiB');
    expect(formatMemory(1.8 * 2 ** 30)).toBe('1.8 GiB');
    expect(formatMemory(null)).toBe('—');
  });

  it('labels axes compactly', () => {
    expect(axisMillicores(250)).toBe('250m');
    expect(axisMillicores(1_500)).toBe('1.5 cores');
    expect(axisBytes(200 * 2 ** 20)).toBe('200Mi');
    expect(axisBytes(1.5 * 2 ** 30)).toBe('1.5Gi');
  });

  it('splits ranges into the parts their words need', () => {
    expect(rangeParts(900)).toEqual({ unit: 'minutes', count: 15 });
    expect(rangeParts(3_600)).toEqual({ unit: 'hour' });
    expect(rangeParts(21_600)).toEqual({ unit: 'hours', count: 6 });
    expect(rangeParts(604_800)).toEqual({ unit: 'days', count: 7 });
  });

  it('words cores as the caller says', () => {
    expect(formatMillicores(1_250, (n) => `${n}코어`)).toBe('1.25코어');
    expect(axisMillicores(1_500, (n) => `${n}코어`)).toBe('1.5코어');
  });
});

describe('niceTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(niceTicks(340, 'millicores')).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(8_000, 'millicores')).toEqual([0, 2_000, 4_000, 6_000, 8_000]);
    expect(niceTicks(300 * 2 ** 20, 'bytes').map(axisBytes)).toEqual(['0', '100Mi', '200Mi', '300Mi', '400Mi']);
    expect(niceTicks(31.2 * 2 ** 30, 'bytes').map(axisBytes)).toEqual(['0', '10Gi', '20Gi', '30Gi', '40Gi']);
  });
});

describe('timeTicks', () => {
  it('puts about six ticks on round times', () => {
    const end = 1_700_003_600;
    const ticks = timeTicks(end - 3_600, end);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) expect(t % 600).toBe(0);
  });
});

describe('units agree in number', () => {
  it.each([
    [1_000, '1 core'],
    [1_500, '1.5 cores'],
    [2_000, '2 cores'],
    [250, '250m'],
  ])('axis %d → %s', (milli, text) => {
    expect(axisMillicores(milli)).toBe(text);
  });

  it('and the readings', () => {
    expect(formatMillicores(1_000)).toBe('1 core');
    expect(formatMillicores(2_500)).toBe('2.5 cores');
  });
});

describe('chartDomain', () => {
  const now = 1_800_000_000;
  it('is the whole range when the history covers it', () => {
    expect(chartDomain(now - 3_600, now, 3_600, 15)).toEqual({ domain: [now - 3_600, now] });
    expect(chartDomain(undefined, now, 3_600, 15)).toEqual({ domain: [now - 3_600, now] });
  });

  it('starts at the first sample when the history is shorter, and says since when', () => {
    expect(chartDomain(now - 600, now, 3_600, 15)).toEqual({ domain: [now - 600, now], sinceSec: now - 600 });
  });
});
