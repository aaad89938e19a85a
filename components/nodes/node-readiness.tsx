/** Node readiness as icon + word (+ SchedulingDisabled), and a heartbeat age that turns red once the Lease is stale. */
import type { NodeReadiness } from '@/lib/api/nodes';
import { humanDuration } from '@/lib/model/duration';
import { cx } from '@/components/ui/cx';
import { STATUS_STYLES } from '@/components/ui/status-badge';

const READINESS_STATUS = { Ready: 'healthy', NotReady: 'down', Unknown: 'down' } as const;

const READINESS_TITLE = {
  Ready: 'Ready condition is True',
  NotReady: 'Ready condition is False: the kubelet reports the node unhealthy',
  Unknown: 'Ready condition is Unknown (or missing): the kubelet stopped posting status',
} as const;

/** kubectl prints NotReady for a Ready condition of False and of Unknown; the title tells them apart. */
export function ReadinessBadge({ readiness, unschedulable, isStacked }: { readiness: NodeReadiness; unschedulable?: boolean; isStacked?: boolean }) {
  const { Icon, text } = STATUS_STYLES[READINESS_STATUS[readiness]];
  return (
    <span className={cx('inline-flex whitespace-nowrap', isStacked ? 'flex-col items-start gap-0.5' : 'items-center gap-1.5')}>
      <span
        className={cx('inline-flex items-center gap-1 text-sm font-medium', readiness === 'Ready' ? 'text-fg' : 'text-bad')}
        title={READINESS_TITLE[readiness]}
      >
        <Icon className={cx('size-3.5', readiness === 'Ready' ? text : 'text-bad')} />
        {readiness === 'Ready' ? 'Ready' : 'NotReady'}
      </span>
      {unschedulable ? (
        <span className="text-[11px] font-medium leading-none text-warn" title="cordoned: spec.unschedulable is true">
          SchedulingDisabled
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
  if (!renewedAtMs) return <span className="text-subtle">no Lease</span>;
  const ageMs = Math.max(0, now - renewedAtMs);
  const isStale = ageMs > leaseSeconds * 1000;
  return (
    <span
      className={cx('whitespace-nowrap', isStale ? 'font-medium text-bad' : 'text-muted')}
      title={`Lease renewed ${new Date(renewedAtMs).toLocaleString()}; duration ${leaseSeconds} s`}
    >
      {humanDuration(ageMs)} ago{isStale ? ' (stale)' : ''}
    </span>
  );
}
