'use client';
/** TimeSeriesChart: lines over time with reference lines, a tooltip and a legend; no animation, so live updates do not flicker. */
import { useTranslations } from 'next-intl';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, type ChartConfig } from './chart-theme';
import { niceTicks, timeTicks } from './units';
import { useUsageWords } from './use-usage-words';

export interface TimeSeriesChartProps {
  config: ChartConfig;
  rows: Record<string, number>[];
  rangeSec: number;
  /** The x domain in epoch seconds, so a short history sits at the right of the range. */
  domain: [number, number];
  height?: number;
}

const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 11 };

/** The y ticks and which references fit under the top one (the rest are marked at the top edge). */
function yScale(config: ChartConfig, rows: Record<string, number>[]) {
  let seriesMax = 0;
  for (const row of rows) for (const s of config.series) if (row[s.key] > seriesMax) seriesMax = row[s.key];
  const fitSeries = config.scaleTo === 'series';
  // Headroom over the highest line when fitting it, so the line does not run along the top edge.
  const max = fitSeries ? seriesMax * 1.15 : Math.max(seriesMax, ...config.references.map((r) => r.value));
  const ticks = niceTicks(max, config.unit);
  const top = ticks[ticks.length - 1]!;
  const inside = config.references.filter((r) => !fitSeries || r.value <= top);
  const above = config.references.filter((r) => fitSeries && r.value > top);
  return { ticks, top, inside, above };
}

export function TimeSeriesChart({ config, rows, rangeSec, domain, height = 220 }: TimeSeriesChartProps) {
  const t = useTranslations('charts');
  const words = useUsageWords();
  const { ticks, top, inside, above } = yScale(config, rows);
  return (
    <div style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} role="img" aria-label={config.title}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            ticks={timeTicks(domain[0], domain[1])}
            allowDataOverflow
            tickFormatter={(tSec: number) => words.tick(tSec, rangeSec)}
            tick={AXIS_TICK}
            stroke={CHART_COLORS.grid}
          />
          <YAxis
            tickFormatter={config.axisFormat}
            tick={AXIS_TICK}
            stroke={CHART_COLORS.grid}
            width={config.unit === 'millicores' ? 64 : 48}
            domain={[0, top]}
            ticks={ticks}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(tSec) => words.tooltipTime(Number(tSec))}
            formatter={(value) => config.format(Number(value))}
            contentStyle={{ background: CHART_COLORS.surface, border: `1px solid ${CHART_COLORS.line}`, borderRadius: 6, fontSize: 12 }}
            labelStyle={{ color: CHART_COLORS.text }}
          />
          <Legend wrapperStyle={{ fontSize: 12, color: CHART_COLORS.text }} iconType="plainline" />
          {inside.map((ref) => (
            <ReferenceLine
              key={ref.label}
              y={ref.value}
              stroke={ref.color}
              strokeDasharray={ref.dashed ? '6 4' : undefined}
              ifOverflow="extendDomain"
              label={{ value: `${ref.label} ${config.format(ref.value)}`, position: 'insideTopLeft', fill: ref.color, fontSize: 11 }}
            />
          ))}
          {above.map((ref) => (
            <ReferenceLine
              key={ref.label}
              y={top}
              stroke={ref.color}
              strokeDasharray="2 4"
              label={{ value: t('aboveScale', { label: ref.label, value: config.format(ref.value) }), position: 'insideTopRight', fill: ref.color, fontSize: 11 }}
            />
          ))}
          {config.series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={s.width ?? 1.5}
              strokeDasharray={s.dashed ? '4 3' : undefined}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
              type="monotone"
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
