/** Kbd: a keyboard key as it appears in shortcut hints ("press / to search"). */
import type { HTMLAttributes } from 'react';
import { cx } from './cx';

export function Kbd({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return (
    <kbd
      className={cx(
        'inline-flex h-5 min-w-5 items-center justify-center rounded border border-line-strong border-b-2 bg-surface px-1 font-mono text-[11px] font-medium leading-none text-muted',
        className,
      )}
      {...props}
    />
  );
}
