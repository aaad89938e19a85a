'use client';
/** TopTable: a sortable `kubectl top`-like table (name, CPU, memory, extra columns); sorting re-queries the server for the busiest rows. */
import type { ReactNode } from 'react';
import type { TopSort } from '@/lib/api/usage';
import { cx } from '@/components/ui/cx';

export interface TopColumn<Row> {
  key: string;
  label: string;
  /** Server-side sort this column selects, when it sorts. */
  sort?: TopSort;
  align?: 'left' | 'right';
  render: (row: Row) => ReactNode;
}

export interface TopTableProps<Row> {
  caption: string;
  columns: TopColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sort: TopSort;
  onSort: (sort: TopSort) => void;
}

export function TopTable<Row>({ caption, columns, rows, rowKey, sort, onSort }: TopTableProps<Row>) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            {columns.map((col) => (
              <th
                key={col.key}
                scope="col"
                aria-sort={col.sort ? (col.sort === sort ? 'descending' : 'none') : undefined}
                className={cx('px-3 py-2 font-medium', col.align === 'right' ? 'text-right' : 'text-left')}
              >
                {col.sort ? (
                  <button type="button" onClick={() => onSort(col.sort!)} className={cx('inline-flex items-center gap-1 rounded hover:text-fg', col.sort === sort && 'text-fg')}>
                    {col.label}
                    <span aria-hidden="true">{col.sort === sort ? '↓' : '↕'}</span>
                  </button>
                ) : (
                  col.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="hover:bg-surface-2">
              {columns.map((col) => (
                <td key={col.key} className={cx('px-3 py-1.5', col.align === 'right' ? 'text-right tabular-nums' : 'min-w-0')}>
                  {col.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
