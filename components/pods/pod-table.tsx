'use client';
/**
 * PodTable: the pod list as an ARIA table of fixed-height grid rows, virtualised over every matching pod
 * while only a window of them is loaded (the rest show as placeholders until their window arrives); the
 * column headers sort.
 */
import { useFormatter, useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { useEffect } from 'react';
import type { PodListRow, PodSortKey, SortOrder } from '@/lib/api/pods';
import { componentHref, nodeHref, podHref } from '@/lib/api/urls';
import { formatMemory, formatMillicores } from '@/components/charts/units';
import { podStatusTone } from '@/components/pod/pod-status-tone';
import { StatusChip } from '@/components/pod/status-chip';
import { cx } from '@/components/ui/cx';
import { useFormatAge } from '@/components/ui/relative-time';
import { useVirtualRows } from '@/components/ui/virtual-table';

const ROW_HEIGHT_PX = 40;
const OVERSCAN = 12;
const GRID =
  'grid grid-cols-[minmax(11rem,2fr)_minmax(7rem,1fr)_minmax(9.5rem,1fr)_3rem_4.5rem_4.5rem_minmax(7rem,1fr)_4.5rem_5rem] items-center gap-x-3 px-3';

interface Column {
  key: PodSortKey | 'ready';
  isNumeric?: boolean;
}

/** The columns in order; each key is also its label's message id (pods.columns). */
const COLUMNS: readonly Column[] = [
  { key: 'name' },
  { key: 'component' },
  { key: 'status' },
  { key: 'ready' },
  { key: 'restarts', isNumeric: true },
  { key: 'age', isNumeric: true },
  { key: 'node' },
  { key: 'cpu', isNumeric: true },
  { key: 'memory', isNumeric: true },
];

export interface PodTableProps {
  /** Every matching pod's count: the table's full height. */
  count: number;
  /** The loaded row at an index of the sorted list, or undefined while its window loads. */
  rowAt: (index: number) => PodListRow | undefined;
  sort: PodSortKey;
  order: SortOrder;
  onSort: (sort: PodSortKey) => void;
  /** Called with the first and last index on screen, so the page can load their window. */
  onVisibleRange: (first: number, last: number) => void;
  now: number;
  label: string;
}

function SortHeader({ column, sort, order, onSort }: { column: Column; sort: PodSortKey; order: SortOrder; onSort: (sort: PodSortKey) => void }) {
  const t = useTranslations('pods.columns');
  const label = t(column.key);
  const align = column.isNumeric ? 'justify-end text-right' : '';
  if (column.key === 'ready') return <div role="columnheader" className={align}>{label}</div>;
  const key = column.key;
  const isActive = sort === key;
  return (
    <div role="columnheader" aria-sort={isActive ? (order === 'asc' ? 'ascending' : 'descending') : 'none'} className={cx('flex', align)}>
      <button
        type="button"
        onClick={() => onSort(key)}
        className={cx('inline-flex items-center gap-1 rounded hover:text-fg', isActive ? 'text-fg' : '')}
      >
        {label}
        <span aria-hidden="true" className={cx('text-[10px]', isActive ? '' : 'invisible')}>{order === 'asc' ? '▲' : '▼'}</span>
      </button>
    </div>
  );
}

function Cells({ row, now }: { row: PodListRow; now: number }) {
  const t = useTranslations('pods');
  const format = useFormatter();
  const formatAge = useFormatAge();
  return (
    <>
      <div role="cell" className="min-w-0 truncate">
        <Link href={podHref(row.name)} className="font-medium text-accent hover:underline" title={row.name}>{row.name}</Link>
      </div>
      <div role="cell" className="min-w-0 truncate">
        <Link href={componentHref(row.componentId)} className="text-fg hover:underline">{row.componentName}</Link>
      </div>
      <div role="cell" className="min-w-0">
        <StatusChip tone={podStatusTone(row.status, row.isReady)} label={row.isProblem && row.status === 'Running' ? t('runningNotReady') : row.status} className="max-w-full truncate" />
      </div>
      <div role="cell" className="font-mono text-xs">{row.ready}</div>
      <div role="cell" className={cx('text-right tabular-nums', row.restarts > 0 ? 'text-fg' : 'text-subtle')}>{format.number(row.restarts)}</div>
      <div role="cell" className="text-right tabular-nums text-muted">{row.createdAt ? formatAge(now - row.createdAt * 1000) : '—'}</div>
      <div role="cell" className="min-w-0 truncate">
        {row.node ? <Link href={nodeHref(row.node)} className="text-fg hover:underline">{row.node}</Link> : <span className="text-subtle">{t('notScheduled')}</span>}
      </div>
      <div role="cell" className="text-right tabular-nums">{row.cpuMillicores === null ? <span className="text-subtle">—</span> : formatMillicores(row.cpuMillicores)}</div>
      <div role="cell" className="text-right tabular-nums">{row.memoryBytes === null ? <span className="text-subtle">—</span> : formatMemory(row.memoryBytes)}</div>
    </>
  );
}

export function PodTable({ count, rowAt, sort, order, onSort, onVisibleRange, now, label }: PodTableProps) {
  const { scrollRef, virtualizer } = useVirtualRows({ count, rowHeightPx: ROW_HEIGHT_PX, overscan: OVERSCAN });
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
      className="max-h-[calc(100dvh-15rem)] min-h-64 overflow-auto rounded-lg border border-line bg-surface text-sm"
    >
      <div className="min-w-[64rem]">
        <div role="rowgroup" className="sticky top-0 z-10 border-b border-line bg-surface-2">
          <div role="row" aria-rowindex={1} className={`${GRID} h-9 text-xs font-medium text-muted`}>
            {COLUMNS.map((column) => <SortHeader key={column.key} column={column} sort={sort} order={order} onSort={onSort} />)}
          </div>
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={row?.name ?? `loading-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-busy={row ? undefined : true}
                className={cx(GRID, 'absolute inset-x-0 border-b border-line hover:bg-surface-2')}
                style={{ height: ROW_HEIGHT_PX, transform: `translateY(${item.start}px)` }}
              >
                {row ? <Cells row={row} now={now} /> : <div role="cell" className="col-span-full h-3 w-2/3 animate-pulse rounded bg-surface-2" />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
