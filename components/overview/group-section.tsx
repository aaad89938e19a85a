/** GroupSection: one group's heading, its one-line summary, and a responsive grid of component cards. */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import type { ComponentSummary, GroupId, Status } from '@/lib/api/types';
import { GroupTrend } from '@/components/charts/group-trend';
import { cx } from '@/components/ui/cx';
import { EmptyState } from '@/components/ui/empty-state';
import { ChevronRightIcon } from '@/components/ui/icons';
import { STATUS_SEVERITY, STATUS_STYLES, useStatusLabel } from '@/components/ui/status-badge';
import { ComponentCard } from './component-card';
import { countByStatus } from './status-counts';

/** 2–3 columns on a laptop, up to 6 on a wall screen. */
export const CARD_GRID_CLASS =
  'grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-4 3xl:grid-cols-5 4xl:grid-cols-6';
/** For a section sharing a wall screen's width with another group: 3 columns there, 6 in all. */
export const HALF_CARD_GRID_CLASS =
  'grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-4 3xl:grid-cols-5 4xl:grid-cols-3';

/** Component cards in a grid (CARD_GRID_CLASS unless told otherwise), each card a link to its page. */
export function ComponentCardGrid({ components, className = CARD_GRID_CLASS, label }: { components: ComponentSummary[]; className?: string; label?: string }) {
  return (
    <ul aria-label={label} className={className}>
      {components.map((component) => (
        <li key={component.id} className="min-w-0">
          <ComponentCard component={component} />
        </li>
      ))}
    </ul>
  );
}

export interface GroupSectionProps {
  id: GroupId;
  /** The server's English group name (for scripts); the heading is the message `overview.group.<id>.title`. */
  name?: string;
  components: ComponentSummary[];
  /** Sits beside another group on wall screens (the overview's two-up layout). */
  isHalfWidthOnWallScreen?: boolean;
}

function GroupSummaryLine({ components }: { components: ComponentSummary[] }) {
  const t = useTranslations('overview.groupSummary');
  const statusLabel = useStatusLabel();
  const counts = countByStatus(components);
  const problems = STATUS_SEVERITY.filter((status): status is Exclude<Status, 'healthy'> => status !== 'healthy' && counts[status] > 0);
  return (
    <p className="text-sm text-muted">
      {t('components', { count: components.length })}
      {problems.length === 0 && components.length > 0 ? <span> · {t('allHealthy')}</span> : null}
      {problems.map((status) => (
        <span key={status}>
          {' · '}
          <span className={cx('font-medium', STATUS_STYLES[status].text)}>
            {t('status', { count: counts[status], status: statusLabel(status) })}
          </span>
        </span>
      ))}
    </p>
  );
}

export function GroupSection({ id, components, isHalfWidthOnWallScreen = false }: GroupSectionProps) {
  const t = useTranslations('overview');
  const title = t(`group.${id}.title`);
  const headingId = `group-${id}-heading`;
  return (
    <section id={`group-${id}`} aria-labelledby={headingId} className="scroll-mt-16">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold text-fg">
          {title}
        </h2>
        <GroupSummaryLine components={components} />
        <GroupTrend groupId={id} />
        <Link
          href={`/groups/${id}`}
          className="ml-auto inline-flex items-center gap-0.5 rounded text-sm text-accent hover:underline"
        >
          {t('viewGroup')}<span className="sr-only"> {title}</span>
          <ChevronRightIcon className="size-3.5" />
        </Link>
      </div>
      {components.length === 0 ? (
        <EmptyState title={t(`group.${id}.empty`)} description={t(`group.${id}.emptyHint`)} className="py-6" />
      ) : (
        <ComponentCardGrid components={components} className={isHalfWidthOnWallScreen ? HALF_CARD_GRID_CLASS : CARD_GRID_CLASS} />
      )}
    </section>
  );
}
