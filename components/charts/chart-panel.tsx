/** ChartPanel: a chart's heading, its one-line reading (now / peak) and the screen-reader sentence. */
import type { ReactNode } from 'react';

export interface ChartPanelProps {
  title: string;
  /** Visible short reading, e.g. "120m now · peak 340m". */
  reading?: string;
  /** The text alternative: "CPU 120m now, peak 340m, average 200m in the last hour". */
  summary: string;
  children: ReactNode;
}

export function ChartPanel({ title, reading, summary, children }: ChartPanelProps) {
  return (
    <figure className="min-w-0 rounded-lg border border-line bg-surface p-3">
      <figcaption className="mb-1 flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="text-sm font-medium text-fg">{title}</span>
        {reading ? <span className="text-xs tabular-nums text-muted" aria-hidden="true">{reading}</span> : null}
        <span className="sr-only">{summary}</span>
      </figcaption>
      {children}
    </figure>
  );
}
