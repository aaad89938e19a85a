/** Skeleton: a quiet placeholder block shown only on first load, never on revalidation; SkeletonStack, a view of them. */
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

/** A view's first-load placeholder: one block per part of the view (`h-8 w-48`, `h-64 w-full rounded-lg`), announced as loading. */
export function SkeletonStack({ label, blocks }: { label: string; blocks: readonly string[] }) {
  return (
    <div className="space-y-4" role="status" aria-label={label}>
      {blocks.map((block, i) => (
        <Skeleton key={i} className={block} />
      ))}
    </div>
  );
}
