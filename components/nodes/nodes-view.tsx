'use client';
/**
 * NodesView: summary counts, the filters (search, NotReady only, role — all in the URL) and the virtualised
 * node list, which loads the window of rows on screen from the server (5,000 nodes are not one answer).
 */
import { useTranslations } from 'next-intl';
import { NODES_WINDOW_ROWS, NODES_WINDOW_STEP, type NodeStatusFilter } from '@/lib/api/nodes';
import { useNodes } from '@/lib/hooks/use-nodes';
import { useRowWindow } from '@/lib/hooks/use-row-window';
import { useUrlState, useUrlText } from '@/lib/hooks/use-url-state';
import { UnavailableNotice } from '@/components/layout/unavailable-notice';
import { Banner } from '@/components/ui/banner';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input, Select } from '@/components/ui/input';
import { Loadable } from '@/components/ui/loadable';
import { useErrorText } from '@/components/ui/error-text';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { NodeSummary } from './node-summary';
import { NodeTable } from './node-table';

const SEARCH_DEBOUNCE_MS = 200;
const STATUS_OPTIONS = [
  { value: 'all', message: 'statusAll' },
  { value: 'notready', message: 'statusNotReady' },
  { value: 'ready', message: 'statusReady' },
] as const satisfies readonly { value: NodeStatusFilter; message: string }[];

export function NodesView() {
  const t = useTranslations('nodes');
  const errorText = useErrorText();
  const url = useUrlState();
  const q = url.get('q');
  const status = (url.get('status') || 'all') as NodeStatusFilter;
  const role = url.get('role');
  const [text, setText] = useUrlText(url, 'q', SEARCH_DEBOUNCE_MS);
  const filtersKey = JSON.stringify([q, status, role]);
  const { offset, onVisibleRange } = useRowWindow(filtersKey, NODES_WINDOW_STEP);
  const nodes = useNodes({ q, status, role, offset, limit: NODES_WINDOW_ROWS });
  const { data, rows, error, isCurrent } = nodes;
  const rowAt = (index: number) => (data && rows && isCurrent ? rows[index - data.offset] : undefined);

  const roles = data ? Object.keys(data.summary.roles).sort() : [];
  const isFiltered = Boolean(q || role || status !== 'all');
  return (
    <Loadable
      query={{ ...nodes, data }}
      errorTitle={t('list.cannotList')}
      loading={<Skeleton className="h-96 w-full rounded-lg" />}
      isEmpty={(d) => isCurrent && d.matched === 0}
      empty={
        // Nodes that cannot be listed have said why in the notice above.
        data?.unavailable?.some((u) => u.kind === 'nodes') ? null : (
        <EmptyState
          title={isFiltered ? t('list.noMatchTitle') : t('list.noneTitle')}
          description={isFiltered ? t('list.noMatchHint') : t('list.noneHint')}
        />
        )
      }
      frame={(list) => (
        <div className="space-y-4">
          <PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>
          {data ? <NodeSummary summary={data.summary} roleHref={(r) => url.hrefWith({ role: r })} /> : <Skeleton className="h-24 w-full rounded-lg" />}
          {error && data ? <Banner tone="warning" title={t('stale.title')}>{t('stale.text', { error: errorText(error).message })}</Banner> : null}
          {data ? <UnavailableNotice kinds={data.unavailable ?? []} /> : null}
          <div role="search" aria-label={t('list.filters')} className="flex flex-wrap items-center gap-2">
            <Field label={<span className="sr-only">{t('list.search')}</span>}>
              <Input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('list.searchPlaceholder')} className="w-72" />
            </Field>
            <Field label={t('list.status')}>
              <Select value={status} onChange={(e) => url.set({ status: e.target.value === 'all' ? undefined : e.target.value })}>
                {STATUS_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {t(`list.${o.message}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('list.role')}>
              <Select value={role} onChange={(e) => url.set({ role: e.target.value })}>
                <option value="">{t('list.roleAny')}</option>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {r === 'none' ? t('noRole') : r}
                  </option>
                ))}
              </Select>
            </Field>
            {data ? (
              <p className="ml-auto text-sm text-muted" aria-live="polite">
                {isFiltered ? t('list.countMatched', { matched: data.matched, total: data.summary.total }) : t('list.count', { total: data.summary.total })}
              </p>
            ) : null}
          </div>
          {list}
        </div>
      )}
    >
      {(d) => <NodeTable count={d.matched} rowAt={rowAt} onVisibleRange={onVisibleRange} label={t('list.tableLabel', { count: d.matched })} />}
    </Loadable>
  );
}
