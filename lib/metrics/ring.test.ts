import { describe, expect, it } from 'vitest';
import { BYTES_PER_POINT, INITIAL_POINTS, RingSeries } from './ring';

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

  it('starts small and doubles as points arrive, keeping every point, up to its capacity', () => {
    const capacity = 240;
    const ring = new RingSeries(capacity);
    expect(ring.allocated).toBe(INITIAL_POINTS);
    const sizes = new Set<number>();
    for (let i = 1; i <= 3 * capacity; i++) {
      ring.push(i * 15, i, i * 10);
      sizes.add(ring.allocated);
      const kept = Math.min(i, capacity);
      expect(ring.size).toBe(kept);
      expect(ring.allocated).toBeLessThanOrEqual(capacity);
      expect(ring.byteLength).toBe(ring.allocated * BYTES_PER_POINT);
      if (i % 37 === 0 || i === capacity || i === capacity + 1) {
        const expected = Array.from({ length: kept }, (_, k) => i - kept + 1 + k);
        expect(ring.points().cpu).toEqual(expected.map((n) => [n * 15, n]));
        expect(ring.points().memory).toEqual(expected.map((n) => [n * 15, n * 10]));
      }
    }
    expect([...sizes]).toEqual([8, 16, 32, 64, 128, 240]);
  });

  it('holds what a ring allocated at full capacity holds, whatever the order of replaced and new points', () => {
    const grown = new RingSeries(20);
    const points: [number, number][] = [];
    for (let i = 0; i < 100; i++) {
      const t = 1_000 + Math.floor(i / 3) * 15;
      grown.push(t, i, i);
      if (points.length > 0 && points[points.length - 1][0] >= t) points[points.length - 1] = [t, i];
      else points.push([t, i]);
    }
    expect(grown.points().cpu).toEqual(points.slice(-20));
    expect(grown.latest()).toEqual({ t: points[points.length - 1][0], cpu: 99, memory: 99 });
  });

  it('trims a series that stopped to the points it holds, and grows again if points come back', () => {
    const ring = new RingSeries(240);
    for (let i = 1; i <= 20; i++) ring.push(i, i, i);
    expect(ring.allocated).toBe(32);
    ring.trim();
    expect(ring.allocated).toBe(20);
    expect(ring.points().cpu.map(([t]) => t)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    ring.push(21, 21, 21);
    expect(ring.allocated).toBe(40);
    expect(ring.points().cpu.map(([t]) => t)).toEqual(Array.from({ length: 21 }, (_, k) => k + 1));
    expect(ring.lastTime()).toBe(21);
  });
});
