'use client';
/**
 * VirtualTable: a long list as an ARIA table of fixed-height grid rows under a sticky header, only the
 * visible rows in the DOM (TanStack Virtual), so thousands of nodes or events scroll smoothly; the rows
 * are all at hand (`rows`) or loaded a window at a time by the page (`count`, `rowAt`, `onVisibleRange`,
 * placeholders where a window has not arrived); and
 * useVirtualRows, the scroll container and virtualizer underneath, for lists that measure their rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
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

/** Every row at hand. */
interface AllRows<Row> {
  rows: readonly Row[];
}

/** Rows loaded a window at a time: the full count, the loaded row at an index, and what is on screen. */
interface WindowedRows<Row> {
  count: number;
  rowAt: (index: number) => Row | undefined;
  /** Called with the first and last index on screen, so the page can load their window. */
  onVisibleRange: (first: number, last: number) => void;
}

export type VirtualTableProps<Row> = Omit<VirtualRowsOptions, 'count'> & (AllRows<Row> | WindowedRows<Row>) & {
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
};

const noRange = () => undefined;

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { rowKey, rowHeightPx, overscan, label, header, headerClassName, rowClassName, renderRow, minWidthClassName, className } = props;
  const all = 'rows' in props ? props.rows : undefined;
  const count = all ? all.length : (props as WindowedRows<Row>).count;
  const rowAt = all ? (index: number) => all[index] : (props as WindowedRows<Row>).rowAt;
  const onVisibleRange = all ? noRange : (props as WindowedRows<Row>).onVisibleRange;
  const { scrollRef, virtualizer } = useVirtualRows({ count, rowHeightPx, overscan });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => onVisibleRange(first, last), [first, last, onVisibleRange]);
  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={label}
      aria-rowcount={count + 1}
      tabIndex={0}
      className={cx('overflow-auto rounded-lg border border-line bg-surface', className)}
    >
      <div className={minWidthClassName}>
        <div role="rowgroup" className={cx('sticky top-0 z-10', headerClassName)}>
          {header}
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={row ? rowKey(row) : `loading-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-busy={row ? undefined : true}
                className={cx(rowClassName, 'absolute inset-x-0 border-b border-line hover:bg-surface-2')}
                style={{ height: rowHeightPx, transform: `translateY(${item.start}px)` }}
              >
                {row ? renderRow(row) : <div role="cell" className="col-span-full h-3 w-2/3 animate-pulse rounded bg-surface-2" />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
