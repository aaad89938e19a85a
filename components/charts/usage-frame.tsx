'use client';
/**
 * UsageFrame: what the component's and the node's usage charts share — the source line and range
 * picker, the metrics notice, a skeleton on first load, and the CPU and memory charts side by side.
 */
import type { ReactNode } from 'react';
import type { MetricsStatus, UsageRange, UsageSource } from '@/lib/api/usage';
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
  data: Data | undefined;
  isLoading: boolean;
  /** Whether the answer has points to chart. */
  hasPoints: (data: Data) => boolean;
  /** After the source line: " · 3 quieter pods only in the total". */
  sourceNote?: string;
  /** The chart of one resource. */
  chart: (data: Data, resource: Resource) => ReactNode;
  /** Shown above the metrics notice: the error (or the reason there is nothing to chart). */
  children?: ReactNode;
}

export function UsageFrame<Data extends UsageData>({ range, data, isLoading, hasPoints, sourceNote, chart, children }: UsageFrameProps<Data>) {
  return (
    <div className="space-y-3" aria-busy={isLoading}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted">
          {data ? describeSource(data) : 'CPU and memory from metrics.k8s.io'}
          {sourceNote}
        </p>
        <RangePicker value={range} />
      </div>
      {children}
      {data ? <MetricsNotice metrics={data.metrics} source={data.source} /> : null}
      {isLoading && !data ? (
        <div className="grid gap-3 lg:grid-cols-2">
          <Skeleton className="h-64" />
          <Skeleton className="h-64" />
        </div>
      ) : null}
      {data && hasPoints(data) ? (
        <div className="grid gap-3 lg:grid-cols-2">
          {chart(data, 'cpu')}
          {chart(data, 'memory')}
        </div>
      ) : null}
    </div>
  );
}
