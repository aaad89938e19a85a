'use client';
/**
 * UsageFrame: what the component's and the node's usage charts share — the source line and range
 * picker, then a skeleton, the failure, or the metrics notice and the CPU and memory charts side by side.
 */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { MetricsStatus, UsageRange, UsageSource } from '@/lib/api/usage';
import { Loadable, type LoadableProps, type LoadQuery } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';
import { MetricsNotice } from './metrics-notice';
import { RangePicker } from './range-picker';
import type { ChartConfig } from './chart-theme';
import type { Resource, UsageWords } from './use-usage-words';

export type { Resource } from './use-usage-words';

/** Each resource's chart title, unit and formats, in the reader's language. */
export function resourceFormat(words: UsageWords, resource: Resource): Pick<ChartConfig, 'format' | 'axisFormat' | 'unit'> & { title: string } {
  return resource === 'cpu'
    ? { title: words.resourceTitle('cpu'), unit: 'millicores', format: words.millicores, axisFormat: words.axisMillicores }
    : { title: words.resourceTitle('memory'), unit: 'bytes', format: words.memory, axisFormat: words.axisBytes };
}

interface UsageData {
  source: UsageSource;
  stepSeconds: number;
  metrics: MetricsStatus;
}

export interface UsageFrameProps<Data extends UsageData> {
  range: UsageRange;
  /** The usage hook's answer. */
  query: LoadQuery<Data> & { isLoading: boolean };
  /** Whether the answer has points to chart. */
  hasPoints: (data: Data) => boolean;
  /** After the source line: " · 3 quieter pods only in the total" (in the reader's language). */
  sourceNote?: string;
  /** The chart of one resource. */
  chart: (data: Data, resource: Resource) => ReactNode;
  /** A failed first load in the chart's own words (the reason there is nothing to chart), instead of the ErrorPanel. */
  renderError?: LoadableProps<Data>['renderError'];
}

export function UsageFrame<Data extends UsageData>({ range, query, hasPoints, sourceNote, chart, renderError }: UsageFrameProps<Data>) {
  const t = useTranslations('charts.frame');
  const { data, isLoading } = query;
  return (
    <div className="space-y-3" aria-busy={isLoading}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted">
          {/* "metrics.k8s.io, kept in memory · one point per 15s". */}
          {data ? t(data.source.kind === 'prometheus' ? 'sourcePrometheus' : 'sourceMemory', { step: data.stepSeconds }) : t('sourcePending')}
          {sourceNote}
        </p>
        <RangePicker value={range} />
      </div>
      <Loadable
        query={query}
        errorTitle={t('error')}
        renderError={renderError}
        loading={
          isLoading ? (
            <div className="grid gap-3 lg:grid-cols-2">
              <Skeleton className="h-64" />
              <Skeleton className="h-64" />
            </div>
          ) : null
        }
      >
        {(d) => (
          <>
            <MetricsNotice metrics={d.metrics} source={d.source} range={range} />
            {hasPoints(d) ? (
              <div className="grid gap-3 lg:grid-cols-2">
                {chart(d, 'cpu')}
                {chart(d, 'memory')}
              </div>
            ) : null}
          </>
        )}
      </Loadable>
    </div>
  );
}
