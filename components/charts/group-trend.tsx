'use client';
/**
 * GroupTrend: a group's CPU and memory over the last hour as two sparklines with the current value, for
 * the overview. The sparklines are plain SVG paths: a 64×20 line needs no chart library, and keeping
 * recharts out of the overview saves ~100 kB gzip of first-load JavaScript (see BENCHMARKS.md).
 */
import { useTranslations } from 'next-intl';
import type { Point } from '@/lib/api/usage';
import { useGroupsUsage } from '@/lib/hooks/use-usage';
import { CHART_COLORS } from './chart-theme';
import { useUsageWords } from './use-usage-words';

const TREND_RANGE = '1h';
const TREND_RANGE_SEC = 3_600;

const WIDTH = 64;
const HEIGHT = 20;
const PAD = 1.5;

/** The SVG path of `points` scaled to the box, time on x and the value between its min and max on y. */
export function sparkPath(points: Point[], width = WIDTH, height = HEIGHT): string {
  if (points.length === 0) return '';
  const ts = points.map(([t]) => t);
  const vs = points.map(([, v]) => v);
  const [t0, t1] = [Math.min(...ts), Math.max(...ts)];
  const [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  const x = (t: number) => (t1 === t0 ? width / 2 : ((t - t0) / (t1 - t0)) * width);
  const y = (v: number) => (v1 === v0 ? height / 2 : PAD + (1 - (v - v0) / (v1 - v0)) * (height - 2 * PAD));
  return points.map(([t, v], i) => `${i === 0 ? 'M' : 'L'}${x(t).toFixed(1)},${y(v).toFixed(1)}`).join('');
}

function Sparkline({ label, points, format }: { label: string; points: Point[]; format: (v: number) => string }) {
  const words = useUsageWords();
  const last = points.at(-1)?.[1];
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="text-xs text-subtle">{label}</span>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={words.summarize(label, points, format, TREND_RANGE_SEC)}>
        <path d={sparkPath(points)} fill="none" style={{ stroke: CHART_COLORS.total }} strokeWidth={1.25} strokeLinejoin="round" strokeLinecap="round" />
      </svg>
      <span className="text-xs tabular-nums text-muted">{last === undefined ? '—' : format(last)}</span>
    </span>
  );
}

/** The last hour's sparklines; without them, a short note of why (metrics-server missing, the API unavailable …). */
export function GroupTrend({ groupId }: { groupId: string }) {
  const t = useTranslations('overview.trend');
  const words = useUsageWords();
  const { data } = useGroupsUsage(TREND_RANGE);
  if (!data) return null;
  const group = data.groups.find((g) => g.id === groupId);
  if (!group || group.cpu.length < 2) {
    // Metrics flow but this group has no pods measured (an empty group): nothing to explain.
    if (data.metrics.state === 'ok' && !group) return null;
    return (
      <span className="text-xs text-subtle" title={data.metrics.message}>
        {/* Why there is no trend, in a few words beside the group's name (the full message in its title). */}
        {t(`none.${data.metrics.state}`)}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-3" title={t('title')}>
      <Sparkline label="CPU" points={group.cpu} format={words.millicores} />
      <Sparkline label={t('memory')} points={group.memory} format={words.memory} />
    </span>
  );
}
