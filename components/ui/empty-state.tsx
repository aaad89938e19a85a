/** EmptyState: says why there is nothing to show ("No add-ons detected in kube-system"), never just blank. */
import type { ReactNode } from 'react';
import { cx } from './cx';
import { InboxIcon } from './icons';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  className?: string;
}

export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div
      className={cx(
        'flex flex-col items-center justify-center gap-1.5 rounded-lg border border-dashed border-line-strong px-6 py-8 text-center',
        className,
      )}
    >
      <span className="mb-1 text-subtle">{icon ?? <InboxIcon className="size-5" />}</span>
      <p className="text-sm font-medium text-fg">{title}</p>
      {description ? <p className="max-w-prose text-sm text-muted">{description}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
