/**
 * DataTable and TableHead: a table whose header row is a list of column names (`<th scope="col">`),
 * in one of the kit's looks (CARD_TABLE, COMPACT_TABLE, PLAIN_TABLE); GridHeaderRow is the same header
 * for tables laid out as CSS grid rows (`role="table"`, as the virtualised ones are).
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

/**
 * A full-bleed table in a card: a tinted header row, hairline rows, 16px cells (health, inventory,
 * node pages). Rows use `row`, cells `td`; a row header (`<th scope="row">`) uses `td` too.
 */
export const CARD_TABLE = {
  table: 'w-full text-sm',
  head: 'border-b border-line bg-surface-2',
  th: 'px-4 py-2 text-left text-xs font-medium text-muted',
  row: 'border-b border-line last:border-b-0',
  td: 'px-4 py-2 align-top',
} as const;

/** The component page's dense tables: 13px text, a quiet header, hairline rows, `mono` for values. */
export const COMPACT_TABLE = {
  wrap: 'overflow-x-auto',
  table: 'w-full border-collapse text-left text-[13px]',
  head: 'border-b border-line text-xs font-medium text-muted',
  th: 'whitespace-nowrap px-4 py-2 font-medium',
  row: 'border-b border-line last:border-b-0',
  td: 'px-4 py-1.5 align-top',
  mono: 'font-mono text-[12px]',
} as const;

/** The pod page's describe-style tables inside a padded card: no lines, the table's classes style its cells. */
export const PLAIN_TABLE = {
  table: 'w-full text-left text-sm [&_td]:py-1.5 [&_td]:pr-4 [&_td]:align-top [&_th]:pb-1.5 [&_th]:pr-4 [&_th]:text-xs [&_th]:font-medium [&_th]:text-muted',
} as const;

const columnParts = (column: Column) => (typeof column === 'string' ? { label: column, className: undefined } : column);

export function TableHead({ columns, className, thClassName }: { columns: readonly Column[]; className?: string; thClassName?: string }) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column) => {
          const { label, className: own } = columnParts(column);
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

/** The header row of a grid-laid table: `className` carries the grid template shared with its rows. */
export function GridHeaderRow({ columns, className }: { columns: readonly Column[]; className?: string }) {
  return (
    <div role="row" aria-rowindex={1} className={className}>
      {columns.map((column) => {
        const { label, className: own } = columnParts(column);
        return (
          <div key={label} role="columnheader" className={own}>
            {label}
          </div>
        );
      })}
    </div>
  );
}
