'use client';
/** The live group page: the group's description and its component cards, from the overview data. */
import Link from 'next/link';
import type { FirstView } from '@/lib/api/conditional';
import type { GroupId, OverviewResponse } from '@/lib/api/types';
import { useOverview } from '@/lib/hooks/use-overview';
import { FreshnessBanner } from '@/components/layout/freshness-banner';
import { GROUP_META } from '@/components/overview/group-meta';
import { CARD_GRID_CLASS, ComponentCardGrid } from '@/components/overview/group-section';
import { OverviewError } from '@/components/overview/overview-error';
import { countByStatus, plural } from '@/components/overview/status-counts';
import { EmptyState } from '@/components/ui/empty-state';
import { Loadable } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';
import { StatusBadge } from '@/components/ui/status-badge';
import { GROUP_DESCRIPTIONS } from './group-descriptions';

function GroupSkeleton({ title }: { title: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading {title}…</span>
      <div className={CARD_GRID_CLASS}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-28 rounded-lg" />
        ))}
      </div>
    </div>
  );
}

export function GroupPageClient({ id, initial }: { id: GroupId; initial?: FirstView<OverviewResponse> }) {
  const query = useOverview(initial);
  const { data, error } = query;
  const meta = GROUP_META[id];
  const group = data?.groups.find((g) => g.id === id);
  const components = group?.components ?? [];
  const counts = countByStatus(components);
  const problems = components.length - counts.healthy;
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm text-muted">
          <Link href="/" prefetch={false} className="hover:text-fg hover:underline">
            Overview
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-fg">{group?.name ?? meta.title}</h1>
          {group && components.length > 0 ? <StatusBadge status={group.status} /> : null}
        </div>
        <p className="max-w-3xl text-sm text-muted">{GROUP_DESCRIPTIONS[id]}</p>
        {data ? (
          <p className="text-sm text-muted">
            {plural(components.length, 'component')}
            {components.length > 0 ? (problems === 0 ? ' · all healthy' : ` · ${problems} need attention`) : ''}
          </p>
        ) : null}
      </header>
      {data ? <FreshnessBanner freshness={data.freshness} generatedAt={data.generatedAt} hasError={Boolean(error)} /> : null}
      <Loadable
        query={query}
        loading={<GroupSkeleton title={meta.title} />}
        renderError={(failure, retry) => <OverviewError error={failure} {...retry} />}
        isEmpty={() => components.length === 0}
        empty={<EmptyState title={meta.empty} description={meta.emptyHint} />}
      >
        {() => <ComponentCardGrid components={components} label={`Components of ${group?.name ?? meta.title}`} />}
      </Loadable>
    </div>
  );
}
