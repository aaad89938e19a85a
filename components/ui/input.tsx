/** Input, Select and Field: the text field, the drop-down and their label in every filter bar, toolbar and form, in one look. */
import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

const FIELD_CLASS = 'rounded-md border border-line-strong bg-surface text-sm text-fg';

export interface InputProps extends Omit<ComponentProps<'input'>, 'size'> {
  /** `md` (32px) in filter bars and toolbars, `lg` (36px) in forms. */
  size?: 'md' | 'lg';
}

export function Input({ size = 'md', className, ...props }: InputProps) {
  return <input className={cx(FIELD_CLASS, 'px-2.5 placeholder:text-subtle', size === 'lg' ? 'h-9' : 'h-8', className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select className={cx(FIELD_CLASS, 'h-8 px-2', className)} {...props} />;
}

/** A control after its label, as filter bars show them ("Status [All ▾]"); the label names the control. */
export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <label className="flex items-center gap-2 text-sm text-muted">
      {label}
      {children}
    </label>
  );
}
