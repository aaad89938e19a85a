/** NameValueList: label/value rows in two columns (`kubectl describe`'s left column); a missing value shows "—". */
import type { ReactNode } from 'react';
import { cx } from './cx';

/** One row; `false` or `undefined` in the list leaves the row out. */
export type NameValue = readonly [label: string, value: ReactNode];

/** The label column: as wide as the widest label, or a fixed width so the values line up across cards. */
const LABEL_COLUMN = {
  fit: 'grid-cols-[max-content_1fr] gap-x-6',
  '8rem': 'grid-cols-[8rem_1fr] gap-x-3',
  '9rem': 'grid-cols-[9rem_1fr] gap-x-3',
} as const;

export interface NameValueListProps {
  items: ReadonlyArray<NameValue | false | undefined>;
  labelWidth?: keyof typeof LABEL_COLUMN;
  className?: string;
}

const isMissing = (value: ReactNode) => value === undefined || value === null || value === '';

export function NameValueList({ items, labelWidth = 'fit', className }: NameValueListProps) {
  return (
    <dl className={cx('grid gap-y-1.5 text-sm', LABEL_COLUMN[labelWidth], className)}>
      {items.map((item) =>
        item ? (
          <div key={item[0]} className="contents">
            <dt className="text-muted">{item[0]}</dt>
            <dd className="min-w-0 break-words text-fg">{isMissing(item[1]) ? <span className="text-subtle">—</span> : item[1]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
