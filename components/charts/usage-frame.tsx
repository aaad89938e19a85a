'use client';
/**
 * UsageFrame: what the component's and the node's usage charts share — the source line and range
 * picker, then a skeleton, the failure, or the metrics notice and the CPU and memory charts side by side.
 */
import type { ReactNode } from 'react';
import type { MetricsStatus, UsageRange, UsageSource } from '@/lib/api/usage';
import { Loadable, type LoadableProps, type LoadQuery } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';
import { MetricsNotice } from './metrics-notice';
import { RangePicker } from './range-picker';
import { axisBytes, axisMillicores, formatMemory, formatMillicores } from './units';

export type Resource = 'cpu' | 'memory';

/** Each resource's chart title, unit and formats. */
export const RESOURCE_FORMAT = {
  cpu: { title: 'CPU', unit: 'millicores', format: formatMillicores, axisFormat: axisMillicores },
  memory: { title: 'Memory', unit: 'bytes', format: formatMemory, axisFormat: axisBytes },
} as const;

interface UsageData {
  source: UsageSource;
  stepSeconds: number;
  metrics: MetricsStatus;
}

/** "metrics.k8s.io, kept in memory · one point per 15s". */
function describeSource(data: UsageData): string {
  const from = data.source.kind === 'prometheus' ? 'Prometheus' : 'metrics.k8s.io, kept in memory';
  return `${from} · one point per ${data.stepSeconds}s`;
}

export interface UsageFrameProps<Data extends UsageData> {
  range: UsageRange;
  /** The usage hook's answer. */
  query: LoadQuery<Data> & { isLoading: boolean };
  /** Whether the answer has points to chart. */
  hasPoints: (data: Data) => boolean;
  /** After the source line: " · 3 quieter pods only in the total". */
  sourceNote?: string;
  /** The chart of one resource. */
  chart: (data: Data, resource: Resource) => ReactNode;
  /** A failed first load in the chart's own words (the reason there is nothing to chart), instead of the ErrorPanel. */
  renderError?: LoadableProps<Data>['renderError'];
}

export function UsageFrame<Data extends UsageData>({ range, query, hasPoints, sourceNote, chart, renderError }: UsageFrameProps<Data>) {
  const { data, isLoading } = query;
  return (
    <div className="space-y-3" aria-busy={isLoading}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted">
          {data ? describeSource(data) : 'CPU and memory from metrics.k8s.io'}
          {sourceNote}
        </p>
        <RangePicker value={range} />
      </div>
      <Loadable
        query={query}
        errorTitle="Usage could not be loaded"
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
            <MetricsNotice metrics={d.metrics} source={d.source} />
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
