'use client';
/**
 * UsageCharts: a component's CPU and memory over the URL's range — total and per pod, requests and
 * limits as reference lines — live at the sample interval, with the reason when metrics are missing.
 * Mounted by the component page in its "Live resource usage" slot.
 */
import { useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { useParams } from 'next/navigation';
import type { ComponentUsageResponse, Point, ResourceReference } from '@/lib/api/usage';
import { RANGE_SECONDS } from '@/lib/api/usage';
import { ApiError } from '@/lib/hooks/fetcher';
import { useComponentUsage } from '@/lib/hooks/use-usage';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useErrorText } from '@/components/ui/error-text';
import { ChartPanel } from './chart-panel';
import { toRows } from './chart-data';
import { CHART_COLORS, SERIES_PALETTE, type ChartConfig, type ReferenceConfig } from './chart-theme';
import { useUrlRange } from './range-picker';
import { TimeSeriesChart } from './time-series-chart';
import { chartDomain } from './units';
import { useUsageWords, type UsageWords } from './use-usage-words';
import { resourceFormat, UsageFrame, type Resource } from './usage-frame';

type ChartWords = ReturnType<typeof useTranslations<'charts.component'>>;

const REFERENCE_KEYS = {
  cpu: { request: 'cpuRequests', limit: 'cpuLimits' },
  memory: { request: 'memoryRequests', limit: 'memoryLimits' },
} as const;

function references(t: ChartWords, reference: ResourceReference, resource: Resource): ReferenceConfig[] {
  const { request, limit } = REFERENCE_KEYS[resource];
  const refs: ReferenceConfig[] = [];
  if (reference[request] !== null) refs.push({ label: t('requests'), value: reference[request], color: CHART_COLORS.request, dashed: true });
  if (reference[limit] !== null) refs.push({ label: t('limits'), value: reference[limit], color: CHART_COLORS.limit, dashed: true });
  return refs;
}

function chartFor(t: ChartWords, words: UsageWords, data: ComponentUsageResponse, resource: Resource) {
  const { title, unit, format, axisFormat } = resourceFormat(words, resource);
  const showPods = data.pods.length > 1;
  const series: Record<string, Point[]> = { total: data.total[resource] };
  if (showPods) data.pods.forEach((pod, i) => (series[`p${i}`] = pod[resource]));
  const config: ChartConfig = {
    title: t('title', { resource: title, name: data.component.name }),
    series: [
      { key: 'total', label: showPods ? t('total') : (data.pods[0]?.name ?? t('total')), color: CHART_COLORS.total, width: 2.25 },
      ...(showPods
        ? data.pods.map((pod, i) => ({ key: `p${i}`, label: pod.isLive ? pod.name : t('gone', { name: pod.name }), color: SERIES_PALETTE[i % SERIES_PALETTE.length], dashed: !pod.isLive }))
        : []),
    ],
    references: references(t, data.reference, resource),
    format,
    axisFormat,
    unit,
  };
  return { config, rows: toRows(series), total: data.total[resource] };
}

function UsageChart({ data, resource }: { data: ComponentUsageResponse; resource: Resource }) {
  const t = useTranslations('charts.component');
  const words = useUsageWords();
  const { config, rows, total } = chartFor(t, words, data, resource);
  const rangeSec = RANGE_SECONDS[data.range];
  const nowSec = Math.floor(Date.parse(data.generatedAt) / 1000);
  const { domain, sinceSec } = chartDomain(rows[0]?.t, nowSec, rangeSec, data.stepSeconds);
  const last = total.at(-1)?.[1];
  const peak = total.length ? Math.max(...total.map(([, v]) => v)) : undefined;
  const since = sinceSec === undefined ? '' : ` · ${words.since(sinceSec, rangeSec)}`;
  const reading = last === undefined ? undefined : `${t('reading', { now: config.format(last), peak: config.format(peak ?? last) })}${since}`;
  return (
    <ChartPanel title={words.resourceTitle(resource)} reading={reading} summary={words.summarize(config.title, total, config.format, rangeSec, sinceSec)}>
      <TimeSeriesChart config={config} rows={rows} rangeSec={rangeSec} domain={domain} />
    </ChartPanel>
  );
}

function ComponentUsageCharts({ componentId }: { componentId: string }) {
  const t = useTranslations('charts.component');
  const errorText = useErrorText();
  const range = useUrlRange();
  const query = useComponentUsage(componentId, range);
  const { data } = query;
  return (
    <UsageFrame
      range={range}
      query={query}
      hasPoints={(d) => d.total.cpu.length > 0}
      sourceNote={data && data.podsOmitted > 0 ? ` · ${t('podsOmitted', { count: data.podsOmitted })}` : ''}
      chart={(d, resource) => <UsageChart data={d} resource={resource} />}
      renderError={(error, retry) =>
        error instanceof ApiError && error.status === 404 ? (
          <EmptyState title={t('noPods')} description={t('noPodsHint')} className="py-6" />
        ) : (
          <ErrorPanel title={t('error')} {...errorText(error)} {...retry} />
        )
      }
    />
  );
}

/** `componentId` defaults to the page's `[id]` route parameter, so a page mounts it as `<UsageCharts />`. */
export function UsageCharts({ componentId }: { componentId?: string }) {
  const params = useParams<{ id?: string }>();
  const value = componentId ?? decodeURIComponent(params?.id ?? '');
  // useSearchParams (the range) needs a Suspense boundary when a page is prerendered.
  return (
    <Suspense fallback={null}>
      <ComponentUsageCharts componentId={value} />
    </Suspense>
  );
}
