/** StatusChip: a status word (CrashLoopBackOff, Running, Waiting) in the colour of its tone, icon included. */
import type { Status } from '@/lib/api/types';
import { cx } from '@/components/ui/cx';
import { STATUS_STYLES } from '@/components/ui/status-badge';

export function StatusChip({ tone, label, className }: { tone: Status; label: string; className?: string }) {
  const { Icon, badge } = STATUS_STYLES[tone];
  return (
    <span className={cx('inline-flex h-6 shrink-0 items-center gap-1 whitespace-nowrap rounded-full border px-2 text-xs font-medium', badge, className)}>
      <Icon className="size-3.5" />
      {label}
    </span>
  );
}
