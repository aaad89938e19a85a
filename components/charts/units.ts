/** Units for usage: CPU from millicores (`120m`, `1.25 cores`), memory from bytes (`96 MiB`, `1.8 GiB`), ranges and ticks for axes. */
import { formatBytes } from '@/lib/model/quantity';

/** How a count of cores reads (`1 core`, `1.25 cores`; the charts pass the reader's language). */
export type CoresWord = (cores: number) => string;

const englishCores: CoresWord = (cores) => `${cores} ${cores === 1 ? 'core' : 'cores'}`;

/** `0.4m`, `120m`, `1 core`, `1.25 cores`. */
export function formatMillicores(milli: number | null | undefined, cores: CoresWord = englishCores): string {
  if (milli === null || milli === undefined || !Number.isFinite(milli)) return '—';
  if (Math.abs(milli) < 1_000) return `${Math.abs(milli) < 10 && milli !== 0 ? Math.round(milli * 10) / 10 : Math.round(milli)}m`;
  return cores(Math.round(milli / 10) / 100);
}

/** Memory in binary units: `512 MiB`, `1.8 GiB`. */
export function formatMemory(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '—' : formatBytes(bytes);
}

/** Compact axis labels: `250m`, `1 core`, `1.5 cores`, `200Mi`, `1.5Gi`. */
export function axisMillicores(milli: number, cores: CoresWord = englishCores): string {
  if (milli === 0) return '0';
  if (milli < 1_000) return `${Math.round(milli)}m`;
  return cores(Math.round(milli / 100) / 10);
}

export function axisBytes(bytes: number): string {
  if (bytes === 0) return '0';
  const gib = 2 ** 30;
  const mib = 2 ** 20;
  if (bytes >= gib) return `${Math.round((bytes / gib) * 10) / 10}Gi`;
  if (bytes >= mib) return `${Math.round(bytes / mib)}Mi`;
  return `${Math.round(bytes / 1024)}Ki`;
}

/**
 * The x domain of a chart: the range ending now, or from the first sample when the history is shorter
 * (so the line fills the chart instead of its right tenth), with that first sample's time.
 */
export function chartDomain(firstSec: number | undefined, nowSec: number, rangeSec: number, stepSec: number): { domain: [number, number]; sinceSec?: number } {
  const start = nowSec - rangeSec;
  if (firstSec === undefined || firstSec <= start + stepSec) return { domain: [start, nowSec] };
  return { domain: [firstSec, nowSec], sinceSec: firstSec };
}

/** A range in words' parts: the last hour, the last 15 minutes, the last 6 hours, the last 7 days. */
export function rangeParts(rangeSec: number): { unit: 'hour' } | { unit: 'minutes' | 'hours' | 'days'; count: number } {
  if (rangeSec === 3_600) return { unit: 'hour' };
  if (rangeSec < 3_600) return { unit: 'minutes', count: Math.round(rangeSec / 60) };
  if (rangeSec < 86_400 * 2) return { unit: 'hours', count: Math.round(rangeSec / 3_600) };
  return { unit: 'days', count: Math.round(rangeSec / 86_400) };
}

const MIB = 2 ** 20;
const GIB = 2 ** 30;

/** The smallest 1/2/2.5/5 × 10ⁿ at or above `value`. */
function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/**
 * Five round axis ticks from 0 covering `max`: millicores in round cores or millicores, bytes in round
 * MiB or GiB (so the labels read `256Mi`, `1Gi`, not `268435456`).
 */
export function niceTicks(max: number, unit: 'millicores' | 'bytes'): number[] {
  const scale = unit === 'bytes' ? (max >= GIB ? GIB : MIB) : 1;
  const quarter = niceCeil(Math.max(max, 1e-9) / scale / 4) * scale;
  return [0, quarter, 2 * quarter, 3 * quarter, 4 * quarter];
}

const TIME_STEPS_SEC = [60, 120, 300, 600, 900, 1_800, 3_600, 7_200, 14_400, 21_600, 43_200, 86_400];

/** Time axis ticks on round minutes/hours/days inside `[start, end]` (epoch seconds), about six of them. */
export function timeTicks(start: number, end: number): number[] {
  const step = TIME_STEPS_SEC.find((s) => (end - start) / s <= 7) ?? 86_400;
  const offset = step >= 86_400 ? new Date().getTimezoneOffset() * 60 : 0;
  const ticks: number[] = [];
  for (let t = Math.ceil((start + offset) / step) * step - offset; t <= end; t += step) ticks.push(t);
  return ticks;
}
