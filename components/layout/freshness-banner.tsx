/** FreshnessBanner: above a view, says in a sentence why its data may be stale or incomplete, or that it is a still capture. */
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
  const state = <StateBanner {...props} />;
  const snapshot = freshness.capturedAt ? (
    <Banner tone="info" title="Snapshot">
      a replayed capture, taken at <CapturedAt iso={freshness.capturedAt} />: nothing here moves, and what the capture did not record is unknown.
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
  const asOf = freshness.lastSyncAt ?? generatedAt;
  const asOfText = asOf ? (
    <>
      showing data as of <ClockTime iso={asOf} />
    </>
  ) : (
    'showing the last data received'
  );
  const byState = (state: string) =>
    Object.entries(freshness.watches)
      .filter(([, watch]) => watch.state === state)
      .map(([resource]) => resource);

  if (hasError) {
    return (
      <Banner tone="warning" title="Stale data" className={className}>
        the dashboard server did not answer the last refresh; {asOfText}. Retrying automatically.
      </Banner>
    );
  }
  switch (freshness.state) {
    case 'live':
    case 'unserved':
      return null;
    case 'syncing':
      return (
        <Banner tone="info" title="Syncing with the API server" className={className}>
          listing kube-system for the first time; counts may be incomplete for a few seconds.
        </Banner>
      );
    case 'reconnecting':
      return (
        <Banner tone="warning" title="Reconnecting to the API server…" className={className}>
          {asOfText}.
        </Banner>
      );
    case 'forbidden':
      return (
        <Banner tone="forbidden" title="Some resources are forbidden" className={className}>
          no read access to {byState('forbidden').join(', ') || 'some kube-system resources'}; grant get, list and
          watch to the kubesys ServiceAccount (see deploy/). Everything else is current.
        </Banner>
      );
    case 'error':
      return (
        <Banner tone="danger" title="Watching the cluster failed" className={className}>
          {byState('error')
            .map((resource) => freshness.watches[resource]?.message ?? resource)
            .join('; ') || 'the API server returned an error'}
          ; {asOfText}.
        </Banner>
      );
  }
}
