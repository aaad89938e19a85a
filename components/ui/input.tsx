/** Input, Select and Field: the text field, the drop-down and their label in every filter bar, toolbar and form, in one look. */
import { cloneElement, isValidElement, useId, type ComponentProps, type ReactElement, type ReactNode } from 'react';
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

/**
 * A control after its label, as filter bars show them ("Status [All ▾]"). The label names the control by
 * `for`/`id`, not by wrapping it: a wrapping label's name would include a drop-down's option texts.
 */
export function Field({ label, children }: { label: ReactNode; children: ReactElement<{ id?: string }> }) {
  const generated = useId();
  const id = (isValidElement(children) && children.props.id) || generated;
  return (
    <div className="flex items-center gap-2 text-sm text-muted">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
