'use client';
/**
 * MetricsNotice: why a usage chart has no (or old) data — metrics-server absent, its APIService unavailable,
 * forbidden, stale — and where the history comes from. The state is a code, worded here in the reader's
 * language; the evidence (the APIService's condition, the API server's or Prometheus' message) stays as written.
 */
import { useTranslations } from 'next-intl';
import { RANGE_SECONDS, type MetricsStatus, type UsageRange, type UsageSource } from '@/lib/api/usage';
import { useNow } from '@/lib/hooks/use-now';
import { Banner, type BannerTone } from '@/components/ui/banner';
import { useFormatAge } from '@/components/ui/relative-time';

const TONE: Record<MetricsStatus['state'], BannerTone | undefined> = {
  ok: undefined,
  starting: 'info',
  absent: 'warning',
  unavailable: 'danger',
  forbidden: 'forbidden',
  stale: 'warning',
  error: 'danger',
};

/** kubesys' in-memory retention as a range is written: `1h`, `30m`, `90s`. */
function shortDuration(seconds: number): string {
  if (seconds % 3_600 === 0) return `${seconds / 3_600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

export function MetricsNotice({ metrics, source, range }: { metrics: MetricsStatus; source?: UsageSource; range?: UsageRange }) {
  const t = useTranslations('charts.metrics');
  const formatAge = useFormatAge();
  const now = useNow(5_000);
  const tone = TONE[metrics.state];
  // Prometheus answered: metrics.k8s.io's state does not affect the history shown.
  const showState = tone && !(source?.kind === 'prometheus' && metrics.state !== 'starting');
  const state = metrics.state;
  // The error's text is the API server's: shown as the evidence under the sentence.
  const detail = state === 'error' ? [metrics.message, metrics.detail].filter(Boolean).join(' · ') : metrics.detail;
  const beyond = range !== undefined && RANGE_SECONDS[range] > metrics.retentionSeconds;
  return (
    <div className="space-y-2 empty:hidden">
      {showState && state !== 'ok' ? (
        <Banner tone={tone} title={t(`title.${state}`)}>
          {state === 'stale' && metrics.lastSampleAt
            ? t('message.staleSince', { age: formatAge(Math.max(0, now - Date.parse(metrics.lastSampleAt))) })
            : t(`message.${state}`)}
          {detail ? <span className="mt-0.5 block break-words font-mono text-xs text-muted" translate="no">{detail}</span> : null}
        </Banner>
      ) : null}
      {source?.notice ? (
        <Banner title={t('historyLimited')}>
          {beyond ? t('beyond', { range: range ?? '', retention: shortDuration(metrics.retentionSeconds) }) : t('fallback')}
          {/* Prometheus' failure in its own words. */}
          {!beyond ? <span className="mt-0.5 block break-words font-mono text-xs text-muted" translate="no">{source.notice}</span> : null}
        </Banner>
      ) : null}
    </div>
  );
}
