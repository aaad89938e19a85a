/** Shapes usage points for Recharts (rows keyed by time) and for people (the text alternative). Pure. */
import type { Point } from '@/lib/api/usage';
import { describeRange, describeSince } from './units';

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

/**
 * "CPU 120m now, peak 340m in the last hour" (or "… since 14:05" when the history starts later) — what a
 * screen reader hears instead of the chart.
 */
export function summarize(label: string, points: readonly Point[], format: (v: number) => string, rangeSec: number, sinceSec?: number): string {
  const span = sinceSec === undefined ? `in ${describeRange(rangeSec)}` : describeSince(sinceSec, rangeSec);
  if (points.length === 0) return `${label}: no data in ${describeRange(rangeSec)}`;
  const now = points[points.length - 1][1];
  const peak = points.reduce((max, [, v]) => Math.max(max, v), -Infinity);
  const average = points.reduce((sum, [, v]) => sum + v, 0) / points.length;
  return `${label} ${format(now)} now, peak ${format(peak)}, average ${format(average)} ${span}`;
}
