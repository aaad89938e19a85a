/** Shapes usage points for Recharts (rows keyed by time) and for people (the text alternative). Pure. */
import type { Point } from '@/lib/api/usage';

/** Rows `{ t, [key]: value }` from named series, sorted by time; a series missing at a time leaves a gap. */
export function toRows(series: Record<string, readonly Point[]>): Record<string, number>[] {
  const rows = new Map<number, Record<string, number>>();
  for (const [key, points] of Object.entries(series)) {
    for (const [t, v] of points) {
      let row = rows.get(t);
      if (!row) rows.set(t, (row = { t }));
      row[key] = v;
    }
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

/** The current value, the peak and the average of a series (what a screen reader hears instead of the chart); undefined when empty. */
export function seriesStats(points: readonly Point[]): { now: number; peak: number; average: number } | undefined {
  if (points.length === 0) return undefined;
  const now = points[points.length - 1][1];
  const peak = points.reduce((max, [, v]) => Math.max(max, v), -Infinity);
  const average = points.reduce((sum, [, v]) => sum + v, 0) / points.length;
  return { now, peak, average };
}
