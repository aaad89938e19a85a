'use client';
/**
 * NodeUsageCharts: a node's CPU and memory over the URL's range against its allocatable (and its
 * kube-system pods' share), live at the sample interval. Mounted by the node page in its chart slot.
 */
import { useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { useParams } from 'next/navigation';
import type { NodeUsageResponse } from '@/lib/api/usage';
import { RANGE_SECONDS } from '@/lib/api/usage';
import { useNodeUsage } from '@/lib/hooks/use-usage';
import { ChartPanel } from './chart-panel';
import { toRows } from './chart-data';
import { CHART_COLORS, SERIES_PALETTE, type ChartConfig } from './chart-theme';
import { useUrlRange } from './range-picker';
import { TimeSeriesChart } from './time-series-chart';
import { chartDomain } from './units';
import { useUsageWords } from './use-usage-words';
import { resourceFormat, UsageFrame, type Resource } from './usage-frame';

function NodeChart({ data, resource }: { data: NodeUsageResponse; resource: Resource }) {
  const t = useTranslations('charts.node');
  const words = useUsageWords();
  const { title, unit, format, axisFormat } = resourceFormat(words, resource);
  const allocatable = data.allocatable[resource];
  const config: ChartConfig = {
    title: t('title', { resource: title, name: data.node.name }),
    series: [
      { key: 'node', label: t('node'), color: CHART_COLORS.total, width: 2.25 },
      { key: 'kubeSystem', label: t('kubeSystem'), color: SERIES_PALETTE[1] },
    ],
    references: allocatable !== null ? [{ label: t('allocatable'), value: allocatable, color: CHART_COLORS.allocatable, dashed: true }] : [],
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
  const percent = last !== undefined && allocatable ? ` ${t('percent', { percent: Math.round((last / allocatable) * 100) })}` : '';
  const since = sinceSec === undefined ? '' : ` · ${words.since(sinceSec, rangeSec)}`;
  const reading =
    last === undefined ? undefined : `${t('now', { value: format(last) })}${percent}${allocatable !== null ? ` · ${t('allocatableValue', { value: format(allocatable) })}` : ''}${since}`;
  return (
    <ChartPanel title={title} reading={reading} summary={`${words.summarize(config.title, usage, format, rangeSec, sinceSec)}${percent}`}>
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
