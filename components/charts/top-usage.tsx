'use client';
/** TopPods and TopNodes: `kubectl top pods -n kube-system` and `kubectl top nodes` as live, sortable tables. */
import Link from '@/components/ui/app-link';
import { useState } from 'react';
import type { TopNodeRow, TopPodRow, TopSort } from '@/lib/api/usage';
import { componentHref, nodeHref, podHref } from '@/lib/api/urls';
import { useTopNodes, useTopPods } from '@/lib/hooks/use-usage';
import { cx } from '@/components/ui/cx';
import { EmptyState } from '@/components/ui/empty-state';
import { Loadable } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';
import { MetricsNotice } from './metrics-notice';
import { TopTable, type TopColumn } from './top-table';
import { formatMemory, formatMillicores } from './units';

const LINK = 'text-accent hover:underline';

const POD_COLUMNS: TopColumn<TopPodRow>[] = [
  { key: 'name', label: 'Pod', render: (r) => <Link className={cx(LINK, 'font-mono text-xs')} href={podHref(r.name)}>{r.name}</Link> },
  { key: 'component', label: 'Component', render: (r) => (r.componentId ? <Link className={LINK} href={componentHref(r.componentId)}>{r.componentId}</Link> : '—') },
  { key: 'node', label: 'Node', render: (r) => (r.node ? <Link className={LINK} href={nodeHref(r.node)}>{r.node}</Link> : '—') },
  { key: 'cpu', label: 'CPU', sort: 'cpu', align: 'right', render: (r) => formatMillicores(r.cpu) },
  { key: 'memory', label: 'Memory', sort: 'memory', align: 'right', render: (r) => formatMemory(r.memory) },
];

const NODE_COLUMNS: TopColumn<TopNodeRow>[] = [
  { key: 'name', label: 'Node', render: (r) => <Link className={LINK} href={nodeHref(r.name)}>{r.name}</Link> },
  { key: 'cpu', label: 'CPU', sort: 'cpu', align: 'right', render: (r) => formatMillicores(r.cpu) },
  { key: 'cpuPercent', label: 'CPU %', align: 'right', render: (r) => (r.cpuPercent === null ? '—' : `${r.cpuPercent}%`) },
  { key: 'memory', label: 'Memory', sort: 'memory', align: 'right', render: (r) => formatMemory(r.memory) },
  { key: 'memoryPercent', label: 'Memory %', align: 'right', render: (r) => (r.memoryPercent === null ? '—' : `${r.memoryPercent}%`) },
];


function TopSection<Row>({ title, hook, columns, rowKey, limit }: {
  title: string;
  hook: (sort: TopSort, limit?: number) => ReturnType<typeof useTopPods> | ReturnType<typeof useTopNodes>;
  columns: TopColumn<Row>[];
  rowKey: (row: Row) => string;
  limit?: number;
}) {
  const [sort, setSort] = useState<TopSort>('cpu');
  const query = hook(sort, limit);
  const { data, isLoading } = query;
  return (
    <section aria-label={title} className="space-y-2">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-base font-semibold text-fg">{title}</h2>
        {data && data.total > data.rows.length ? <p className="text-xs text-muted">busiest {data.rows.length} of {data.total}</p> : null}
      </div>
      {data ? <MetricsNotice metrics={data.metrics} /> : null}
      <Loadable
        query={query}
        errorTitle={`${title} could not be loaded`}
        loading={isLoading ? <Skeleton className="h-40" /> : null}
        isEmpty={(d) => d.rows.length === 0}
        // Without metrics the notice above has said why there are no rows.
        empty={data?.metrics.state === 'ok' ? <EmptyState title="No usage reported" description="metrics-server reported no rows." /> : null}
      >
        {(d) => <TopTable caption={title} columns={columns} rows={d.rows as Row[]} rowKey={rowKey} sort={sort} onSort={setSort} />}
      </Loadable>
    </section>
  );
}

export function TopPods({ limit }: { limit?: number }) {
  return <TopSection<TopPodRow> title="Top pods in kube-system" hook={useTopPods} columns={POD_COLUMNS} rowKey={(r) => r.name} limit={limit} />;
}

export function TopNodes({ limit }: { limit?: number }) {
  return <TopSection<TopNodeRow> title="Top nodes" hook={useTopNodes} columns={NODE_COLUMNS} rowKey={(r) => r.name} limit={limit} />;
}
