/**
 * DataTable and TableHead: a table whose header row is a list of column names (`<th scope="col">`),
 * in the look its page passes (each page keeps its own classes; this only writes the markup once).
 */
import type { ReactNode } from 'react';
import { cx } from './cx';

/** A column's header: its name, or its name and classes of its own (`w-1/3`, `text-right`). */
export type Column = string | { label: string; className?: string };

/** Classes for the parts of a table; `wrap` (usually `overflow-x-auto`) adds a scrolling wrapper. */
export interface TableLook {
  wrap?: string;
  table?: string;
  head?: string;
  th?: string;
}

export function TableHead({ columns, className, thClassName }: { columns: readonly Column[]; className?: string; thClassName?: string }) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column) => {
          const { label, className: own } = typeof column === 'string' ? { label: column, className: undefined } : column;
          return (
            <th key={label} scope="col" className={cx(thClassName, own) || undefined}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

export interface DataTableProps {
  columns: readonly Column[];
  look?: TableLook;
  /** Classes for the wrapper, beside `look.wrap` (a wrapper is rendered when either is set). */
  className?: string;
  'aria-label'?: string;
  /** The body's rows. */
  children: ReactNode;
}

export function DataTable({ columns, look = {}, className, 'aria-label': ariaLabel, children }: DataTableProps) {
  const table = (
    <table className={look.table} aria-label={ariaLabel}>
      <TableHead columns={columns} className={look.head} thClassName={look.th} />
      <tbody>{children}</tbody>
    </table>
  );
  if (look.wrap === undefined && className === undefined) return table;
  return <div className={cx(look.wrap, className)}>{table}</div>;
}
