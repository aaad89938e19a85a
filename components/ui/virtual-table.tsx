'use client';
/**
 * VirtualTable: a long list as an ARIA table of fixed-height grid rows under a sticky header, only the
 * visible rows in the DOM (TanStack Virtual), so thousands of nodes or events scroll smoothly; and
 * useVirtualRows, the scroll container and virtualizer underneath, for lists that measure their rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { cx } from './cx';

export interface VirtualRowsOptions {
  count: number;
  /** A row's height, or its estimate when the rows are measured. */
  rowHeightPx: number;
  /** Rows rendered beyond each edge of the view, so a fast scroll shows no gap. */
  overscan: number;
}

/** The scroll element's ref and a virtualizer over it: attach `scrollRef` to the element that scrolls. */
export function useVirtualRows({ count, rowHeightPx, overscan }: VirtualRowsOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeightPx, overscan });
  return { scrollRef, virtualizer };
}

export interface VirtualTableProps<Row> extends Omit<VirtualRowsOptions, 'count'> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The table's accessible name: "Nodes (4)". */
  label: string;
  /** The header row (`GridHeaderRow`), kept in view while the rows scroll. */
  header: ReactNode;
  /** Classes of the sticky group around the header. */
  headerClassName?: string;
  /** Each row's grid: the column template, gap, padding, alignment. */
  rowClassName: string;
  /** A row's cells (`role="cell"`). */
  renderRow: (row: Row) => ReactNode;
  /** The widest the columns need before the table scrolls sideways: `min-w-[60rem]`. */
  minWidthClassName: string;
  /** The scroll container's own classes: its maximum height, its text size. */
  className?: string;
}

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { rows, rowKey, rowHeightPx, overscan, label, header, headerClassName, rowClassName, renderRow, minWidthClassName, className } = props;
  const { scrollRef, virtualizer } = useVirtualRows({ count: rows.length, rowHeightPx, overscan });
  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      className={cx('overflow-auto rounded-lg border border-line bg-surface', className)}
    >
      <div className={minWidthClassName}>
        <div role="rowgroup" className={cx('sticky top-0 z-10', headerClassName)}>
          {header}
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                className={cx(rowClassName, 'absolute inset-x-0 border-b border-line hover:bg-surface-2')}
                style={{ height: rowHeightPx, transform: `translateY(${item.start}px)` }}
              >
                {renderRow(row)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
