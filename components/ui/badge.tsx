/** Badge: a small neutral label for facts such as a version, a source or a workload kind. */
import type { HTMLAttributes } from 'react';
import { cx } from './cx';

export type BadgeTone = 'neutral' | 'accent' | 'outline';

const TONE_CLASS: Record<BadgeTone, string> = {
  neutral: 'bg-surface-2 text-muted border-line',
  accent: 'bg-accent-soft text-accent border-transparent',
  outline: 'bg-transparent text-muted border-line-strong',
};

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: BadgeTone;
  isMono?: boolean;
}

export function Badge({ tone = 'neutral', isMono = false, className, ...props }: BadgeProps) {
  return (
    <span
      className={cx(
        'inline-flex h-5 items-center gap-1 whitespace-nowrap rounded border px-1.5 text-xs font-medium leading-none',
        isMono && 'font-mono text-[11px]',
        TONE_CLASS[tone],
        className,
      )}
      {...props}
    />
  );
}
