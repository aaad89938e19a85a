'use client';
/** GroupTrend: a group's CPU and memory over the last hour as two sparklines with the current value, for the overview. */
import { Line, LineChart, YAxis } from 'recharts';
import type { Point } from '@/lib/api/usage';
import { useGroupsUsage } from '@/lib/hooks/use-usage';
import { summarize } from './chart-data';
import { CHART_COLORS } from './chart-theme';
import { formatMemory, formatMillicores } from './units';

const TREND_RANGE = '1h';
const TREND_RANGE_SEC = 3_600;

function Sparkline({ label, points, format }: { label: string; points: Point[]; format: (v: number) => string }) {
  const rows = points.map(([t, v]) => ({ t, v }));
  const last = points.at(-1)?.[1];
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="text-xs text-subtle">{label}</span>
      <LineChart width={64} height={20} data={rows} role="img" aria-label={summarize(label, points, format, TREND_RANGE_SEC)} accessibilityLayer={false}>
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line dataKey="v" stroke={CHART_COLORS.total} strokeWidth={1.25} dot={false} isAnimationActive={false} type="monotone" />
      </LineChart>
      <span className="text-xs tabular-nums text-muted">{last === undefined ? '—' : format(last)}</span>
    </span>
  );
}

/** Nothing until the first samples: the overview stays calm without metrics. */
export function GroupTrend({ groupId }: { groupId: string }) {
  const { data } = useGroupsUsage(TREND_RANGE);
  const group = data?.groups.find((g) => g.id === groupId);
  if (!group || group.cpu.length < 2) return null;
  return (
    <span className="inline-flex items-center gap-3" title="kube-system usage in this group over the last hour">
      <Sparkline label="CPU" points={group.cpu} format={formatMillicores} />
      <Sparkline label="Mem" points={group.memory} format={formatMemory} />
    </span>
  );
}
