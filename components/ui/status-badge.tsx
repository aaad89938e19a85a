/** StatusBadge: a component's status as icon + word + colour, so colour is never the only signal. */
import { useTranslations } from 'next-intl';
import type { ComponentType, SVGProps } from 'react';
import type { Status } from '@/lib/api/types';
import { cx } from './cx';
import { CheckCircleIcon, QuestionCircleIcon, WarningIcon, XCircleIcon } from './icons';

interface StatusStyle {
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Badge colours: tinted background, status-coloured text and border. */
  badge: string;
  /** Text colour alone, for inline counts. */
  text: string;
}

export const STATUS_STYLES: Record<Status, StatusStyle> = {
  healthy: { Icon: CheckCircleIcon, badge: 'bg-ok-soft text-ok border-ok-line', text: 'text-ok' },
  degraded: { Icon: WarningIcon, badge: 'bg-warn-soft text-warn border-warn-line', text: 'text-warn' },
  down: { Icon: XCircleIcon, badge: 'bg-bad-soft text-bad border-bad-line', text: 'text-bad' },
  unknown: {
    Icon: QuestionCircleIcon,
    badge: 'bg-unknown-soft text-unknown border-unknown-line',
    text: 'text-unknown',
  },
};

/** Worst first: the order summaries and sorts use. */
export const STATUS_SEVERITY: readonly Status[] = ['down', 'degraded', 'unknown', 'healthy'];

/** The word for a status in the reader's language ("Healthy", "정상"). */
export function useStatusLabel(): (status: Status) => string {
  const t = useTranslations('common.status');
  return (status) => t(status);
}

export interface StatusBadgeProps {
  status: Status;
  size?: 'sm' | 'md';
  /** Healthy without the coloured pill (icon still coloured): for grids where only problems should stand out. */
  isQuietWhenHealthy?: boolean;
  className?: string;
}

export function StatusBadge({ status, size = 'md', isQuietWhenHealthy = false, className }: StatusBadgeProps) {
  const { Icon, badge, text } = STATUS_STYLES[status];
  const label = useStatusLabel()(status);
  const isQuiet = isQuietWhenHealthy && status === 'healthy';
  return (
    <span
      className={cx(
        'inline-flex shrink-0 items-center gap-1 whitespace-nowrap rounded-full border font-medium leading-none',
        size === 'sm' ? 'h-5 px-1.5 text-[11px]' : 'h-6 px-2 text-xs',
        isQuiet ? 'border-transparent pr-0 text-muted' : badge,
        className,
      )}
    >
      <Icon className={cx(size === 'sm' ? 'size-3' : 'size-3.5', isQuiet && text)} />
      {label}
    </span>
  );
}

/** Just the icon in the status colour, with the word for screen readers (for dense lists). */
export function StatusIcon({ status, className }: { status: Status; className?: string }) {
  const { Icon, text } = STATUS_STYLES[status];
  const label = useStatusLabel()(status);
  return (
    <span className={cx('inline-flex', text, className)}>
      <Icon className="size-4" />
      <span className="sr-only">{label}</span>
    </span>
  );
}
