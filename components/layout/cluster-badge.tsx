/** ClusterBadge: which cluster this is (name, version, where the data comes from), always in view. */
import { useTranslations } from 'next-intl';
import type { ClusterInfo } from '@/lib/api/types';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { Skeleton } from '@/components/ui/skeleton';

export interface ClusterBadgeProps {
  cluster?: ClusterInfo;
  isLoading?: boolean;
  /** The overview request failed and there is nothing to show yet. */
  hasError?: boolean;
  /** The failure was 401: the dashboard wants a sign-in (AUTH_MODE=token). */
  needsSignIn?: boolean;
  className?: string;
}

export function ClusterBadge({ cluster, isLoading, hasError, needsSignIn, className }: ClusterBadgeProps) {
  const t = useTranslations('layout.cluster');
  if (!cluster && needsSignIn) {
    return <span className={cx('text-sm text-muted', className)}>{t('signedOut')}</span>;
  }
  if (!cluster) {
    return isLoading && !hasError ? (
      <span className={cx('flex items-center gap-2', className)}>
        <span className="sr-only">{t('loading')}</span>
        <Skeleton className="h-4 w-28" />
        <Skeleton className="h-4 w-14" />
      </span>
    ) : (
      <span className={cx('text-sm text-muted', className)}>{hasError ? t('notConnected') : t('noData')}</span>
    );
  }
  return (
    <span className={cx('flex min-w-0 items-center gap-2', className)}>
      <span className="sr-only">{t('label')}</span>
      <span className="truncate text-sm font-medium text-fg" title={cluster.server ?? cluster.name}>
        {cluster.name}
      </span>
      {cluster.version ? (
        <Badge isMono title={t('versionTitle')}>
          {cluster.version}
        </Badge>
      ) : null}
      <Badge tone={cluster.source === 'demo' || cluster.source === 'dump' ? 'accent' : 'outline'} title={t(`sourceTitle.${cluster.source}`)}>
        {t(`source.${cluster.source}`)}
      </Badge>
    </span>
  );
}
