/** Node readiness as icon + word (+ SchedulingDisabled), and a heartbeat age that turns red once the Lease is stale. */
import { useFormatter, useTranslations } from 'next-intl';
import type { NodeReadiness } from '@/lib/api/nodes';
import { cx } from '@/components/ui/cx';
import { DATE_TIME_FORMAT, useFormatAge } from '@/components/ui/relative-time';
import { STATUS_STYLES } from '@/components/ui/status-badge';

const READINESS_STATUS = { Ready: 'healthy', NotReady: 'down', Unknown: 'down' } as const;

/** kubectl prints NotReady for a Ready condition of False and of Unknown; the title tells them apart. */
export function ReadinessBadge({ readiness, unschedulable, isStacked }: { readiness: NodeReadiness; unschedulable?: boolean; isStacked?: boolean }) {
  const t = useTranslations('nodes.readiness');
  const { Icon, text } = STATUS_STYLES[READINESS_STATUS[readiness]];
  return (
    <span className={cx('inline-flex whitespace-nowrap', isStacked ? 'flex-col items-start gap-0.5' : 'items-center gap-1.5')}>
      <span
        className={cx('inline-flex items-center gap-1 text-sm font-medium', readiness === 'Ready' ? 'text-fg' : 'text-bad')}
        title={t(readiness)}
      >
        <Icon className={cx('size-3.5', readiness === 'Ready' ? text : 'text-bad')} />
        {readiness === 'Ready' ? 'Ready' : 'NotReady'}
      </span>
      {unschedulable ? (
        <span className="text-[11px] font-medium leading-none text-warn" title={t('cordoned')}>
          {t('schedulingDisabled')}
        </span>
      ) : null}
    </span>
  );
}

/**
 * Seconds since the node Lease was renewed. Kubernetes fact: the kubelet renews `kube-node-lease/<node>`
 * about every 10 s (a quarter of the 40 s lease duration); older than the duration means it stopped.
 */
export function HeartbeatAge({ renewedAtMs, leaseSeconds, now }: { renewedAtMs: number; leaseSeconds: number; now: number }) {
  const t = useTranslations('nodes.heartbeat');
  const format = useFormatter();
  const formatAge = useFormatAge();
  if (!renewedAtMs) return <span className="text-subtle">{t('noLease')}</span>;
  const ageMs = Math.max(0, now - renewedAtMs);
  const isStale = ageMs > leaseSeconds * 1000;
  return (
    <span
      className={cx('whitespace-nowrap', isStale ? 'font-medium text-bad' : 'text-muted')}
      title={t('title', { time: format.dateTime(renewedAtMs, DATE_TIME_FORMAT), seconds: leaseSeconds })}
    >
      {t('age', { age: formatAge(ageMs), isStale: String(isStale) })}
    </span>
  );
}
