/** PodSkeleton: the first-load placeholder of the pod page. */
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

export function PodSkeleton() {
  const t = useTranslations('pod');
  return (
    <div className="space-y-4" aria-busy="true" aria-label={t('loading')}>
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-7 w-96 max-w-full" />
      <Skeleton className="h-4 w-80 max-w-full" />
      <Skeleton className="h-9 w-72" />
      <div className="grid gap-4 xl:grid-cols-2">
        {[0, 1].map((i) => (
          <Card key={i} className="space-y-2 p-4">
            {Array.from({ length: 8 }, (_, j) => (
              <Skeleton key={j} className="h-3.5" style={{ width: `${40 + ((j * 23) % 50)}%` }} />
            ))}
          </Card>
        ))}
      </div>
    </div>
  );
}
