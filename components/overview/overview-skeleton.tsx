/** OverviewSkeleton: the first-load placeholder, shaped like the overview so nothing jumps on arrival. */
import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';
import { CARD_GRID_CLASS } from './group-section';

const CARDS_PER_GROUP = [4, 3, 4];

export function OverviewSkeleton() {
  const t = useTranslations('overview');
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t('loading')}</span>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <Skeleton className="h-6 w-32" />
          <Skeleton className="h-4 w-72" />
        </div>
        <Skeleton className="h-[3.25rem] w-[30rem] max-w-full rounded-lg" />
      </div>
      {CARDS_PER_GROUP.map((cards, group) => (
        <div key={group} className="space-y-3">
          <div className="flex items-center gap-3">
            <Skeleton className="h-5 w-28" />
            <Skeleton className="h-4 w-40" />
          </div>
          <div className={CARD_GRID_CLASS}>
            {Array.from({ length: cards }, (_, card) => (
              <div key={card} aria-hidden="true" className="space-y-3 rounded-lg border border-line bg-surface px-3.5 py-3">
                <div className="flex justify-between">
                  <Skeleton className="h-4 w-32" />
                  <Skeleton className="h-4 w-16 rounded-full" />
                </div>
                <Skeleton className="h-3 w-20" />
                <Skeleton className="h-3 w-28" />
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
