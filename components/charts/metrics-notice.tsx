/** MetricsNotice: why a usage chart has no (or old) data — metrics-server absent, its APIService unavailable, forbidden, stale — and where the history comes from. */
import type { MetricsStatus, UsageSource } from '@/lib/api/usage';
import { Banner, type BannerTone } from '@/components/ui/banner';

const TITLE: Record<MetricsStatus['state'], { title: string; tone: BannerTone } | undefined> = {
  ok: undefined,
  starting: { title: 'Collecting metrics', tone: 'info' },
  absent: { title: 'Metrics not installed', tone: 'warning' },
  unavailable: { title: 'Metrics unavailable', tone: 'danger' },
  forbidden: { title: 'Metrics forbidden', tone: 'forbidden' },
  stale: { title: 'Metrics stale', tone: 'warning' },
  error: { title: 'Metrics failing', tone: 'danger' },
};

export function MetricsNotice({ metrics, source }: { metrics: MetricsStatus; source?: UsageSource }) {
  const state = TITLE[metrics.state];
  // Prometheus answered: metrics.k8s.io's state does not affect the history shown.
  const showState = state && !(source?.kind === 'prometheus' && metrics.state !== 'starting');
  return (
    <div className="space-y-2 empty:hidden">
      {showState ? (
        <Banner tone={state.tone} title={state.title}>
          {metrics.message}
          {metrics.detail ? <span className="mt-0.5 block break-words font-mono text-xs text-muted">{metrics.detail}</span> : null}
        </Banner>
      ) : null}
      {source?.notice ? <Banner title="History limited">{source.notice}</Banner> : null}
    </div>
  );
}
