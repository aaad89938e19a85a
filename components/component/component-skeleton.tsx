/** ComponentSkeleton: the first-load placeholder, shaped like the component page. */
import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';

export function ComponentSkeleton({ id }: { id: string }) {
  const t = useTranslations('component');
  return (
    <div role="status" aria-live="polite" className="space-y-5">
      <span className="sr-only">{t('loading', { id })}</span>
      <div className="space-y-3">
        <Skeleton className="h-4 w-40" />
        <div className="flex items-center gap-3">
          <Skeleton className="h-6 w-48" />
          <Skeleton className="h-6 w-20 rounded-full" />
        </div>
        <Skeleton className="h-4 w-[36rem] max-w-full" />
        <Skeleton className="h-10 w-[36rem] max-w-full rounded-md" />
      </div>
      {[5, 3, 4].map((rows, i) => (
        <div key={i} aria-hidden="true" className="space-y-2 rounded-lg border border-line bg-surface px-4 py-3">
          <Skeleton className="h-4 w-28" />
          {Array.from({ length: rows }, (_, r) => (
            <Skeleton key={r} className="h-3.5 w-full" />
          ))}
        </div>
      ))}
    </div>
  );
}
