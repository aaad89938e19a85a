/** Banner: a one-line notice above a view ("Reconnecting… data as of 12:03:41", "stale", "forbidden"). */
import type { ReactNode } from 'react';
import { cx } from './cx';
import { InfoIcon, LockIcon, WarningIcon, XCircleIcon } from './icons';

export type BannerTone = 'info' | 'warning' | 'danger' | 'forbidden';

const TONE: Record<BannerTone, { className: string; Icon: typeof InfoIcon }> = {
  info: { className: 'border-line bg-surface-2 text-fg [&>svg]:text-accent', Icon: InfoIcon },
  warning: { className: 'border-warn-line bg-warn-soft text-fg [&>svg]:text-warn', Icon: WarningIcon },
  danger: { className: 'border-bad-line bg-bad-soft text-fg [&>svg]:text-bad', Icon: XCircleIcon },
  forbidden: { className: 'border-bad-line bg-bad-soft text-fg [&>svg]:text-bad', Icon: LockIcon },
};

export interface BannerProps {
  tone?: BannerTone;
  /** The first, bold words: "Reconnecting", "Stale data". */
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}

export function Banner({ tone = 'info', title, children, action, className }: BannerProps) {
  const { className: toneClass, Icon } = TONE[tone];
  return (
    <div role="status" className={cx('flex items-start gap-2.5 rounded-md border px-3 py-2 text-sm', toneClass, className)}>
      <Icon className="mt-0.5 size-4 shrink-0" />
      <p className="min-w-0 flex-1">
        <span className="font-semibold">{title}</span>
        {children ? <span className="text-muted"> · {children}</span> : null}
      </p>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}
