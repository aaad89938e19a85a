/** Card: the bordered surface every panel and component tile sits on. */
import type { HTMLAttributes } from 'react';
import { cx } from './cx';

export const CARD_CLASS = 'rounded-lg border border-line bg-surface';

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx(CARD_CLASS, className)} {...props} />;
}

export function CardHeader({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={cx('flex items-center justify-between gap-3 border-b border-line px-4 py-3', className)}
      {...props}
    />
  );
}

export function CardBody({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx('px-4 py-3', className)} {...props} />;
}
