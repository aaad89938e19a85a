/** TroubleshootSkeleton: the page's shape while the first findings load. */
import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';

export function TroubleshootSkeleton() {
  const t = useTranslations('findings');
  return (
    <div className="space-y-6" aria-busy="true" aria-label={t('loading')}>
      <Skeleton className="h-8 w-48" />
      <div className="grid gap-4 lg:grid-cols-3">
        {[0, 1, 2].map((i) => <Skeleton key={i} className="h-44" />)}
      </div>
      {[0, 1, 2].map((i) => <Skeleton key={i} className="h-32" />)}
    </div>
  );
}
