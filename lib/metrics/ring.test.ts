import { describe, expect, it } from 'vitest';
import { BYTES_PER_POINT, RingSeries } from './ring';

describe('RingSeries', () => {
  it('keeps points oldest first until full', () => {
    const ring = new RingSeries(4);
    ring.push(10, 100, 1_000);
    ring.push(25, 120, 2_000);
    expect(ring.size).toBe(2);
    expect(ring.points()).toEqual({ cpu: [[10, 100], [25, 120]], memory: [[10, 1_000], [25, 2_000]] });
    expect(ring.latest()).toEqual({ t: 25, cpu: 120, memory: 2_000 });
  });

  it('overwrites the oldest point once full, never holding more than its capacity', () => {
    const ring = new RingSeries(3);
    for (let i = 1; i <= 10; i++) ring.push(i * 15, i, i * 10);
    expect(ring.size).toBe(3);
    expect(ring.points().cpu).toEqual([[120, 8], [135, 9], [150, 10]]);
    expect(ring.byteLength).toBe(3 * BYTES_PER_POINT);
  });

  it('returns only points at or after a start time', () => {
    const ring = new RingSeries(10);
    for (let i = 0; i < 6; i++) ring.push(1_000 + i * 15, i, i);
    expect(ring.points(1_045).cpu.map(([t]) => t)).toEqual([1_045, 1_060, 1_075]);
  });

  it('replaces the last point when a sample is not newer', () => {
    const ring = new RingSeries(4);
    ring.push(30, 1, 1);
    ring.push(30, 2, 2);
    expect(ring.size).toBe(1);
    expect(ring.latest()?.cpu).toBe(2);
  });

  it('stores millicores and bytes as float32 (precise enough for 64 GiB)', () => {
    const ring = new RingSeries(1);
    ring.push(1, 12.5, 64 * 2 ** 30);
    expect(ring.latest()).toEqual({ t: 1, cpu: 12.5, memory: 64 * 2 ** 30 });
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RingSeries(0)).toThrow(RangeError);
  });
});
