/** FreshnessBanner: above a view, says in a sentence why its data may be stale or incomplete, or that it is a still capture. */
import { useTranslations } from 'next-intl';
import type { FreshnessInfo } from '@/lib/api/types';
import { Banner } from '@/components/ui/banner';
import { ClockTime } from '@/components/ui/relative-time';
import { CapturedAt } from './captured-at';
import { UnavailableNotice } from './unavailable-notice';

export interface FreshnessBannerProps {
  freshness: FreshnessInfo;
  /** Fallback time when the watches report none (OverviewResponse.generatedAt). */
  generatedAt?: string;
  /** The last refresh from the dashboard server failed; the data shown is the previous answer. */
  hasError?: boolean;
  className?: string;
}

export function FreshnessBanner(props: FreshnessBannerProps) {
  const { freshness, className } = props;
  const t = useTranslations('layout.banner');
  const state = <StateBanner {...props} />;
  const snapshot = freshness.capturedAt ? (
    <Banner tone="info" title={t('snapshotTitle')}>
      {t.rich('snapshot', { time: () => <CapturedAt iso={freshness.capturedAt!} /> })}
    </Banner>
  ) : null;
  const unavailable = freshness.unavailable ?? [];
  if (!snapshot && unavailable.length === 0) return state;
  return (
    <div className={className ? `space-y-2 ${className}` : 'space-y-2'}>
      {state}
      {snapshot}
      <UnavailableNotice kinds={unavailable} />
    </div>
  );
}

function StateBanner({ freshness, generatedAt, hasError, className }: FreshnessBannerProps) {
  const t = useTranslations('layout.banner');
  const asOf = freshness.lastSyncAt ?? generatedAt;
  const asOfText = asOf ? t.rich('asOf', { clock: () => <ClockTime iso={asOf} /> }) : t('lastData');
  const byState = (state: string) =>
    Object.entries(freshness.watches)
      .filter(([, watch]) => watch.state === state)
      .map(([resource]) => resource);

  if (hasError) {
    return (
      <Banner tone="warning" title={t('staleTitle')} className={className}>
        {t.rich('stale', { asOf: () => asOfText })}
      </Banner>
    );
  }
  switch (freshness.state) {
    case 'live':
    case 'unserved':
      return null;
    case 'syncing':
      return (
        <Banner tone="info" title={t('syncingTitle')} className={className}>
          {t('syncing')}
        </Banner>
      );
    case 'reconnecting':
      return (
        <Banner tone="warning" title={t('reconnectingTitle')} className={className}>
          {t.rich('reconnecting', { asOf: () => asOfText })}
        </Banner>
      );
    case 'forbidden':
      return (
        <Banner tone="forbidden" title={t('forbiddenTitle')} className={className}>
          {t('forbidden', { list: byState('forbidden').join(', ') || t('someResources') })}
        </Banner>
      );
    case 'error':
      return (
        <Banner tone="danger" title={t('errorTitle')} className={className}>
          {t.rich('error', {
            detail:
              byState('error')
                .map((resource) => freshness.watches[resource]?.message ?? resource)
                .join('; ') || t('apiError'),
            asOf: () => asOfText,
          })}
        </Banner>
      );
  }
}
