/** ReadyMeter: ready/total as pips (few replicas) or a bar (DaemonSets on many nodes): ready in green, the missing in the status colour; decorative. */
import type { Status } from '@/lib/api/types';
import { cx } from '@/components/ui/cx';

const MAX_PIPS = 8;

const MISSING_CLASS: Record<Status, string> = {
  healthy: 'bg-warn',
  degraded: 'bg-warn',
  down: 'bg-bad',
  unknown: 'bg-unknown',
};

export function ReadyMeter({ ready, total, status }: { ready: number; total: number; status: Status }) {
  if (total <= 0) return null;
  if (total <= MAX_PIPS) {
    return (
      <span className="inline-flex gap-0.5" aria-hidden="true">
        {Array.from({ length: total }, (_, index) => (
          <span
            key={index}
            className={cx('h-2.5 w-1.5 rounded-[2px]', index < ready ? 'bg-ok' : MISSING_CLASS[status])}
          />
        ))}
      </span>
    );
  }
  const percent = ready < total ? Math.min(99, Math.round((ready / total) * 100)) : 100;
  return (
    <span className={cx('relative inline-block h-1.5 w-14 overflow-hidden rounded-full', MISSING_CLASS[status])} aria-hidden="true">
      <span className="absolute inset-y-0 left-0 rounded-full bg-ok" style={{ width: `${percent}%` }} />
    </span>
  );
}
