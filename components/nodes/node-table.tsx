'use client';
/** NodeTable: every node as one row, virtualised (only the visible rows render, loaded a window at a time), with live heartbeat ages. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { NodeRow } from '@/lib/api/nodes';
import { nodeHref } from '@/lib/api/urls';
import { useNow } from '@/lib/hooks/use-now';
import { useFormatAge } from '@/components/ui/relative-time';
import { GridHeaderRow, type Column } from '@/components/ui/table';
import { VirtualTable } from '@/components/ui/virtual-table';
import { HeartbeatAge, ReadinessBadge } from './node-readiness';

const ROW_HEIGHT_PX = 48;
const GRID =
  'grid grid-cols-[minmax(8rem,1.2fr)_6.5rem_6rem_5rem_5rem_7.5rem_minmax(8rem,1fr)_minmax(7rem,1fr)_6.5rem_2.75rem_4.5rem] items-center gap-x-2 px-3';

function useColumns(): readonly Column[] {
  const t = useTranslations('nodes.columns');
  return [
    t('name'), t('status'), t('roles'), t('kubelet'), t('kubeProxy'), t('runtime'), t('osKernel'), t('conditions'), t('heartbeat'),
    { label: t('pods'), className: 'text-right' },
    { label: t('age'), className: 'text-right' },
  ];
}

function Row({ row, now }: { row: NodeRow; now: number }) {
  const t = useTranslations('nodes');
  const formatAge = useFormatAge();
  return (
    <>
      <div role="cell" className="min-w-0 truncate">
        <Link href={nodeHref(row.name)} className="font-medium text-accent hover:underline">
          {row.name}
        </Link>
      </div>
      <div role="cell">
        <ReadinessBadge readiness={row.readiness} unschedulable={row.unschedulable} isStacked />
      </div>
      <div role="cell" className="truncate text-muted">{row.roles.join(', ') || <span className="text-subtle">{t('noRole')}</span>}</div>
      <div role="cell" className="truncate font-mono text-xs">{row.kubeletVersion || '—'}</div>
      <div role="cell" className="truncate font-mono text-xs">{row.kubeProxyVersion || '—'}</div>
      <div role="cell" className="truncate font-mono text-xs text-muted" title={row.runtime}>{row.runtime || '—'}</div>
      <div role="cell" className="min-w-0 text-xs leading-4">
        <div className="truncate text-fg" title={row.osImage}>{row.osImage || '—'}</div>
        <div className="truncate font-mono text-subtle" title={row.kernel}>{row.kernel}</div>
      </div>
      <div role="cell" className="flex min-w-0 flex-wrap gap-1 overflow-hidden">
        {row.problems.length === 0 ? (
          <span className="text-xs text-subtle">{t('conditionsOk')}</span>
        ) : (
          row.problems.map((p) => (
            <span key={p} className="inline-flex h-5 items-center rounded border border-bad-line bg-bad-soft px-1.5 text-xs font-medium text-bad">
              {p}
            </span>
          ))
        )}
      </div>
      <div role="cell" className="text-xs">
        <HeartbeatAge renewedAtMs={row.heartbeatAt * 1000} leaseSeconds={row.leaseSeconds} now={now} />
      </div>
      <div role="cell" className="text-right">{row.kubeSystemPods}</div>
      <div role="cell" className="text-right text-muted">{row.createdAt ? formatAge(now - row.createdAt * 1000) : '—'}</div>
    </>
  );
}

export interface NodeTableProps {
  /** Every matching node's count: the table's full height. */
  count: number;
  /** The loaded row at an index of the list, or undefined while its window loads. */
  rowAt: (index: number) => NodeRow | undefined;
  /** Called with the first and last index on screen, so the page can load their window. */
  onVisibleRange: (first: number, last: number) => void;
  label: string;
}

export function NodeTable({ count, rowAt, onVisibleRange, label }: NodeTableProps) {
  const now = useNow();
  const columns = useColumns();
  return (
    <VirtualTable
      count={count}
      rowAt={rowAt}
      onVisibleRange={onVisibleRange}
      rowKey={(row) => row.name}
      rowHeightPx={ROW_HEIGHT_PX}
      overscan={10}
      label={label}
      header={<GridHeaderRow columns={columns} className={`${GRID} h-9 text-xs font-medium text-muted`} />}
      headerClassName="border-b border-line bg-surface-2"
      rowClassName={GRID}
      renderRow={(row) => <Row row={row} now={now} />}
      minWidthClassName="min-w-[70rem]"
      className="max-h-[calc(100dvh-16rem)] text-sm"
    />
  );
}
