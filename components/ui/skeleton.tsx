/** Skeleton: a quiet placeholder block shown only on first load, never on revalidation. */
import type { HTMLAttributes } from 'react';
import { cx } from './cx';

export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      aria-hidden="true"
      className={cx('rounded bg-line motion-safe:animate-pulse', className)}
      {...props}
    />
  );
}
