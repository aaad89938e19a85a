'use client';
/**
 * The usage charts' words and formats in the reader's language: CPU (`120m`, `1.25 cores` / `1.25코어`),
 * memory (`96 MiB`), axis ticks and tooltip times (next-intl's formatter, the app's time zone), ranges
 * ("the last hour") and the sentence a screen reader hears instead of a chart.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Point } from '@/lib/api/usage';
import { seriesStats } from './chart-data';
import { axisBytes, axisMillicores, formatMemory, formatMillicores, rangeParts, type CoresWord } from './units';

export type Resource = 'cpu' | 'memory';

export interface UsageWords {
  /** "CPU", "Memory" / "메모리". */
  resourceTitle: (resource: Resource) => string;
  millicores: (milli: number | null | undefined) => string;
  memory: (bytes: number | null | undefined) => string;
  axisMillicores: (milli: number) => string;
  axisBytes: (bytes: number) => string;
  /** A time axis tick: `14:05`, or `Mon 14:05` beyond a day. */
  tick: (tSec: number, rangeSec: number) => string;
  tooltipTime: (tSec: number) => string;
  /** "since 14:05": where a history shorter than its range starts. */
  since: (tSec: number, rangeSec: number) => string;
  /** "the last hour". */
  range: (rangeSec: number) => string;
  /** "CPU 120m now, peak 340m, average 220m in the last hour" (or "… since 14:05"). */
  summarize: (label: string, points: readonly Point[], format: (v: number) => string, rangeSec: number, sinceSec?: number) => string;
}

export function useUsageWords(): UsageWords {
  const t = useTranslations('charts');
  const format = useFormatter();
  return useMemo(() => {
    const cores: CoresWord = (count) => t('cores', { count });
    const time = (tSec: number) => new Date(tSec * 1000);
    const tick = (tSec: number, rangeSec: number) =>
      format.dateTime(time(tSec), rangeSec > 86_400 ? { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const since = (tSec: number, rangeSec: number) => t('since', { time: tick(tSec, rangeSec) });
    const range = (rangeSec: number) => {
      const parts = rangeParts(rangeSec);
      return parts.unit === 'hour' ? t('range.hour') : t(`range.${parts.unit}`, { count: parts.count });
    };
    return {
      resourceTitle: (resource) => t(`resource.${resource}`),
      millicores: (milli) => formatMillicores(milli, cores),
      memory: formatMemory,
      axisMillicores: (milli) => axisMillicores(milli, cores),
      axisBytes,
      tick,
      tooltipTime: (tSec) => format.dateTime(time(tSec), { weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
      since,
      range,
      summarize: (label, points, fmt, rangeSec, sinceSec) => {
        const stats = seriesStats(points);
        if (!stats) return t('summary.empty', { label, range: range(rangeSec) });
        const span = sinceSec === undefined ? t('summary.in', { range: range(rangeSec) }) : since(sinceSec, rangeSec);
        return t('summary.values', { label, now: fmt(stats.now), peak: fmt(stats.peak), average: fmt(stats.average), span });
      },
    };
  }, [t, format]);
}
