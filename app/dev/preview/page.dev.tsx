/**
 * Dev preview of the overview and the design primitives on sample data, for screenshots and review.
 * `?view=overview|skeleton|error|empty|stale|states` shows one part; no query shows them all. Only
 * `next dev` serves it (`.dev.tsx`, see next.config.js); the production build leaves it out.
 */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { GroupSection } from '@/components/overview/group-section';
import { OverviewSkeleton } from '@/components/overview/overview-skeleton';
import { OverviewView } from '@/components/overview/overview-view';
import { sampleOverview } from '@/components/overview/sample-data';
import { ErrorDemo } from './error-demo';
import { States } from './states';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

const VIEWS = ['overview', 'stale', 'empty', 'skeleton', 'error', 'states'] as const;
type View = (typeof VIEWS)[number];

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={`Preview: ${title}`} className="space-y-4 border-t border-dashed border-line-strong pt-6">
      <h2 className="text-xs font-semibold uppercase tracking-wider text-subtle">Preview · {title}</h2>
      {children}
    </section>
  );
}

export default async function PreviewPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const { view } = await searchParams;
  const now = new Date();
  const data = sampleOverview(now);
  const stale = {
    ...data,
    freshness: { ...data.freshness, state: 'reconnecting' as const, lastSyncAt: new Date(now.getTime() - 95_000).toISOString() },
  };
  const parts: Record<View, ReactNode> = {
    overview: <OverviewView data={data} />,
    stale: <OverviewView data={stale} />,
    empty: <GroupSection id="add-on" components={[]} />,
    skeleton: <OverviewSkeleton />,
    error: <ErrorDemo />,
    states: <States now={now} />,
  };
  const selected = VIEWS.find((candidate) => candidate === view);
  if (selected) return parts[selected];
  return (
    <div className="space-y-10">
      {parts.overview}
      {/* `stale` repeats the whole overview (and its element ids); it is only shown on its own. */}
      {VIEWS.filter((v) => v !== 'overview' && v !== 'stale').map((v) => (
        <Part key={v} title={v}>
          {parts[v]}
        </Part>
      ))}
    </div>
  );
}
