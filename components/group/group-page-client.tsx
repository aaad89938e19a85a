'use client';
/** The live group page: the group's description and its component cards, from the overview data. */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import type { FirstView } from '@/lib/api/conditional';
import type { GroupId, OverviewResponse } from '@/lib/api/types';
import { useOverview } from '@/lib/hooks/use-overview';
import { FreshnessBanner } from '@/components/layout/freshness-banner';
import { CARD_GRID_CLASS, ComponentCardGrid } from '@/components/overview/group-section';
import { OverviewError } from '@/components/overview/overview-error';
import { countByStatus } from '@/components/overview/status-counts';
import { EmptyState } from '@/components/ui/empty-state';
import { Loadable } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';
import { StatusBadge } from '@/components/ui/status-badge';

function GroupSkeleton({ title }: { title: string }) {
  const t = useTranslations('overview.groupPage');
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t('loading', { title })}</span>
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
  const t = useTranslations('overview');
  const title = t(`group.${id}.title`);
  const group = data?.groups.find((g) => g.id === id);
  const components = group?.components ?? [];
  const counts = countByStatus(components);
  const problems = components.length - counts.healthy;
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <nav aria-label={t('groupPage.breadcrumb')} className="text-sm text-muted">
          <Link href="/" prefetch={false} className="hover:text-fg hover:underline">
            {t('title')}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-fg">{title}</h1>
          {group && components.length > 0 ? <StatusBadge status={group.status} /> : null}
        </div>
        <p className="max-w-3xl text-sm text-muted">{t(`group.${id}.description`)}</p>
        {data ? (
          <p className="text-sm text-muted">
            {t('groupSummary.components', { count: components.length })}
            {components.length > 0 ? ` · ${problems === 0 ? t('groupSummary.allHealthy') : t('groupPage.needAttention', { count: problems })}` : ''}
          </p>
        ) : null}
      </header>
      {data ? <FreshnessBanner freshness={data.freshness} generatedAt={data.generatedAt} hasError={Boolean(error)} /> : null}
      <Loadable
        query={query}
        loading={<GroupSkeleton title={title} />}
        renderError={(failure, retry) => <OverviewError error={failure} {...retry} />}
        isEmpty={() => components.length === 0}
        empty={<EmptyState title={t(`group.${id}.empty`)} description={t(`group.${id}.emptyHint`)} />}
      >
        {() => <ComponentCardGrid components={components} label={t('groupPage.componentsOf', { title })} />}
      </Loadable>
    </div>
  );
}
