/** Steps and downsampling for usage ranges: about 200–300 points whatever the range. Pure. */
import type { Point } from '@/lib/api/usage';

const NICE_STEPS_SEC = [15, 30, 60, 90, 120, 300, 600, 900, 1_800, 2_400, 3_600, 7_200];
export const TARGET_MAX_POINTS = 300;

/** The smallest round step giving at most `maxPoints` over the range, never finer than the sample interval. */
export function chooseStep(rangeSec: number, intervalSec: number, maxPoints = TARGET_MAX_POINTS): number {
  const wanted = Math.max(intervalSec, rangeSec / maxPoints);
  return NICE_STEPS_SEC.find((step) => step >= wanted) ?? Math.ceil(wanted);
}

/** Averages points into `stepSec` buckets aligned to the epoch; a bucket is stamped with its start. */
export function downsample(points: readonly Point[], stepSec: number): Point[] {
  const out: Point[] = [];
  let bucket = NaN;
  let sum = 0;
  let n = 0;
  const flush = () => {
    if (n > 0) out.push([bucket, sum / n]);
  };
  for (const [t, v] of points) {
    const b = Math.floor(t / stepSec) * stepSec;
    if (b !== bucket) {
      flush();
      bucket = b;
      sum = 0;
      n = 0;
    }
    sum += v;
    n += 1;
  }
  flush();
  return out;
}

/** Rounds values for a compact payload: `digits` decimals (CPU millicores 1, bytes 0). */
export function roundPoints(points: readonly Point[], digits: number): Point[] {
  const f = 10 ** digits;
  return points.map(([t, v]) => [t, Math.round(v * f) / f]);
}

/** Adds series point-wise by timestamp (for sums of pods that share sample times). */
export function sumByTime(series: readonly (readonly Point[])[]): Point[] {
  const sums = new Map<number, number>();
  for (const points of series) for (const [t, v] of points) sums.set(t, (sums.get(t) ?? 0) + v);
  return [...sums].sort((a, b) => a[0] - b[0]);
}

export function mean(points: readonly Point[]): number {
  return points.length ? points.reduce((s, [, v]) => s + v, 0) / points.length : 0;
}
