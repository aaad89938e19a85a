'use client';
/**
 * NodeUsageCharts: a node's CPU and memory over the URL's range against its allocatable (and its
 * kube-system pods' share), live at the sample interval. Mounted by the node page in its chart slot.
 */
import { Suspense } from 'react';
import { useParams } from 'next/navigation';
import type { NodeUsageResponse } from '@/lib/api/usage';
import { RANGE_SECONDS } from '@/lib/api/usage';
import { useNodeUsage } from '@/lib/hooks/use-usage';
import { ChartPanel } from './chart-panel';
import { summarize, toRows } from './chart-data';
import { CHART_COLORS, SERIES_PALETTE, type ChartConfig } from './chart-theme';
import { useUrlRange } from './range-picker';
import { TimeSeriesChart } from './time-series-chart';
import { chartDomain, describeSince } from './units';
import { RESOURCE_FORMAT, UsageFrame, type Resource } from './usage-frame';

function NodeChart({ data, resource }: { data: NodeUsageResponse; resource: Resource }) {
  const { title, unit, format, axisFormat } = RESOURCE_FORMAT[resource];
  const allocatable = data.allocatable[resource];
  const config: ChartConfig = {
    title: `${title} usage of node ${data.node.name}`,
    series: [
      { key: 'node', label: 'node', color: CHART_COLORS.total, width: 2.25 },
      { key: 'kubeSystem', label: 'kube-system pods', color: SERIES_PALETTE[1] },
    ],
    references: allocatable !== null ? [{ label: 'allocatable', value: allocatable, color: CHART_COLORS.allocatable, dashed: true }] : [],
    format,
    axisFormat,
    unit,
    // A node's allocatable dwarfs what it uses: scale to the use, mark allocatable at the top when above it.
    scaleTo: 'series',
  };
  const rangeSec = RANGE_SECONDS[data.range];
  const nowSec = Math.floor(Date.parse(data.generatedAt) / 1000);
  const usage = data.usage[resource];
  const rows = toRows({ node: usage, kubeSystem: data.kubeSystem[resource] });
  const { domain, sinceSec } = chartDomain(rows[0]?.t, nowSec, rangeSec, data.stepSeconds);
  const last = usage.at(-1)?.[1];
  const percent = last !== undefined && allocatable ? ` (${Math.round((last / allocatable) * 100)}% of allocatable)` : '';
  const since = sinceSec === undefined ? '' : ` · ${describeSince(sinceSec, rangeSec)}`;
  const reading = last === undefined ? undefined : `${format(last)} now${percent}${allocatable !== null ? ` · allocatable ${format(allocatable)}` : ''}${since}`;
  return (
    <ChartPanel title={title} reading={reading} summary={`${summarize(config.title, usage, format, rangeSec, sinceSec)}${percent}`}>
      <TimeSeriesChart config={config} rows={rows} rangeSec={rangeSec} domain={domain} />
    </ChartPanel>
  );
}

function NodeUsageChartsView({ nodeName }: { nodeName: string }) {
  const range = useUrlRange();
  const query = useNodeUsage(nodeName, range);
  return (
    <UsageFrame
      range={range}
      query={query}
      hasPoints={(d) => d.usage.cpu.length > 0}
      chart={(d, resource) => <NodeChart data={d} resource={resource} />}
    />
  );
}

/** `nodeName` defaults to the page's `[name]` route parameter, so a page mounts it as `<NodeUsageCharts />`. */
export function NodeUsageCharts({ nodeName }: { nodeName?: string }) {
  const params = useParams<{ name?: string }>();
  const value = nodeName ?? decodeURIComponent(params?.name ?? '');
  // useSearchParams (the range) needs a Suspense boundary when a page is prerendered.
  return (
    <Suspense fallback={null}>
      <NodeUsageChartsView nodeName={value} />
    </Suspense>
  );
}
