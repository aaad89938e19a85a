'use client';
/** TopPods and TopNodes: `kubectl top pods -n kube-system` and `kubectl top nodes` as live, sortable tables. */
import { useTranslations } from 'next-intl';
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
import { useUsageWords, type UsageWords } from './use-usage-words';

const LINK = 'text-accent hover:underline';

type TopWords = ReturnType<typeof useTranslations<'charts.top'>>;

function podColumns(t: TopWords, words: UsageWords): TopColumn<TopPodRow>[] {
  return [
    { key: 'name', label: t('pod'), render: (r) => <Link className={cx(LINK, 'font-mono text-xs')} href={podHref(r.name)}>{r.name}</Link> },
    { key: 'component', label: t('component'), render: (r) => (r.componentId ? <Link className={LINK} href={componentHref(r.componentId)}>{r.componentId}</Link> : '—') },
    { key: 'node', label: t('node'), render: (r) => (r.node ? <Link className={LINK} href={nodeHref(r.node)}>{r.node}</Link> : '—') },
    { key: 'cpu', label: t('cpu'), sort: 'cpu', align: 'right', render: (r) => words.millicores(r.cpu) },
    { key: 'memory', label: t('memory'), sort: 'memory', align: 'right', render: (r) => words.memory(r.memory) },
  ];
}

function nodeColumns(t: TopWords, words: UsageWords): TopColumn<TopNodeRow>[] {
  return [
    { key: 'name', label: t('node'), render: (r) => <Link className={LINK} href={nodeHref(r.name)}>{r.name}</Link> },
    { key: 'cpu', label: t('cpu'), sort: 'cpu', align: 'right', render: (r) => words.millicores(r.cpu) },
    { key: 'cpuPercent', label: t('cpuPercent'), align: 'right', render: (r) => (r.cpuPercent === null ? '—' : `${r.cpuPercent}%`) },
    { key: 'memory', label: t('memory'), sort: 'memory', align: 'right', render: (r) => words.memory(r.memory) },
    { key: 'memoryPercent', label: t('memoryPercent'), align: 'right', render: (r) => (r.memoryPercent === null ? '—' : `${r.memoryPercent}%`) },
  ];
}

function TopSection<Row>({ title, hook, columns, rowKey, limit }: {
  title: string;
  hook: (sort: TopSort, limit?: number) => ReturnType<typeof useTopPods> | ReturnType<typeof useTopNodes>;
  columns: TopColumn<Row>[];
  rowKey: (row: Row) => string;
  limit?: number;
}) {
  const t = useTranslations('charts.top');
  const [sort, setSort] = useState<TopSort>('cpu');
  const query = hook(sort, limit);
  const { data, isLoading } = query;
  return (
    <section aria-label={title} className="space-y-2">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-base font-semibold text-fg">{title}</h2>
        {data && data.total > data.rows.length ? <p className="text-xs text-muted">{t('busiest', { shown: data.rows.length, total: data.total })}</p> : null}
      </div>
      {data ? <MetricsNotice metrics={data.metrics} /> : null}
      <Loadable
        query={query}
        errorTitle={t('error', { title })}
        loading={isLoading ? <Skeleton className="h-40" /> : null}
        isEmpty={(d) => d.rows.length === 0}
        // Without metrics the notice above has said why there are no rows.
        empty={data?.metrics.state === 'ok' ? <EmptyState title={t('empty')} description={t('emptyHint')} /> : null}
      >
        {(d) => <TopTable caption={title} columns={columns} rows={d.rows as Row[]} rowKey={rowKey} sort={sort} onSort={setSort} />}
      </Loadable>
    </section>
  );
}

export function TopPods({ limit }: { limit?: number }) {
  const t = useTranslations('charts.top');
  const words = useUsageWords();
  return <TopSection<TopPodRow> title={t('pods')} hook={useTopPods} columns={podColumns(t, words)} rowKey={(r) => r.name} limit={limit} />;
}

export function TopNodes({ limit }: { limit?: number }) {
  const t = useTranslations('charts.top');
  const words = useUsageWords();
  return <TopSection<TopNodeRow> title={t('nodes')} hook={useTopNodes} columns={nodeColumns(t, words)} rowKey={(r) => r.name} limit={limit} />;
}
