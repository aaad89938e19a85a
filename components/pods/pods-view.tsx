'use client';
/**
 * PodsView: every kube-system pod — the counts, the filters (text, status, component, node) and the sort,
 * all in the URL, over a virtualised table that loads the window of rows on screen from the server.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { NOT_READY_FILTER, POD_SORT_KEYS, type PodSortKey, type PodsResponse, type SortOrder } from '@/lib/api/pods';
import { defaultOrder } from '@/lib/model/pod-list';
import { useNow } from '@/lib/hooks/use-now';
import { usePods } from '@/lib/hooks/use-pods';
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
import { PodTable } from './pod-table';

const SEARCH_DEBOUNCE_MS = 200;
/** Rows per request, and the step the window moves by: it starts a step above the first row on screen. */
const WINDOW_ROWS = 300;
const WINDOW_STEP = 100;
const USABLE_METRICS = new Set(['ok', 'stale']);

const isSortKey = (value: string): value is PodSortKey => (POD_SORT_KEYS as readonly string[]).includes(value);

function StatusOptions({ summary }: { summary: PodsResponse['summary'] }) {
  const t = useTranslations('pods');
  const format = useFormatter();
  const statuses = Object.entries(summary.statuses).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <>
      <option value="">{t('allStatuses')}</option>
      <option value={NOT_READY_FILTER}>{t('notReadyOption', { count: summary.problems })}</option>
      {statuses.map(([status, count]) => (
        <option key={status} value={status}>{status} ({format.number(count)})</option>
      ))}
    </>
  );
}

export function PodsView() {
  const t = useTranslations('pods');
  const errorText = useErrorText();
  const format = useFormatter();
  const url = useUrlState();
  const now = useNow(5_000);
  const status = url.get('status');
  const component = url.get('component');
  const sortParam = url.get('sort');
  const sort: PodSortKey = isSortKey(sortParam) ? sortParam : 'status';
  const order: SortOrder = url.get('order') === 'asc' || url.get('order') === 'desc' ? (url.get('order') as SortOrder) : defaultOrder(sort);
  const [text, setText] = useUrlText(url, 'q', SEARCH_DEBOUNCE_MS);
  const [nodeText, setNodeText] = useUrlText(url, 'node', SEARCH_DEBOUNCE_MS);
  const filters = { q: url.get('q'), status, node: url.get('node'), component, sort, order };
  const filtersKey = JSON.stringify(filters);
  const { offset, onVisibleRange } = useRowWindow(filtersKey, WINDOW_STEP);
  const pods = usePods({ ...filters, offset, limit: WINDOW_ROWS });
  const { data, rows, error, isCurrent } = pods;

  const rowAt = (index: number) => {
    if (!data || !rows || !isCurrent) return undefined;
    return rows[index - data.offset];
  };
  const onSort = (key: PodSortKey) => {
    const next: SortOrder = key === sort ? (order === 'asc' ? 'desc' : 'asc') : defaultOrder(key);
    url.set({ sort: key === 'status' && next === 'asc' ? undefined : key, order: next === defaultOrder(key) ? undefined : next });
  };
  const isFiltered = Boolean(filters.q || status || filters.node || component);
  const matched = data && isCurrent ? data.matched : undefined;

  return (
    <Loadable
      query={{ ...pods, data }}
      errorTitle={t('cannotList')}
      loading={<Skeleton className="h-96 w-full rounded-lg" />}
      isEmpty={(d) => isCurrent && d.matched === 0}
      empty={
        data?.unavailable.some((u) => u.kind === 'pods') ? null : (
          <EmptyState
            title={isFiltered ? t('noMatchTitle') : t('noneTitle')}
            description={isFiltered ? t('noMatchHint') : t('noneHint')}
          />
        )
      }
      frame={(list) => (
        <div className="space-y-4">
          <PageHeader title={t('title')}>
            {data ? t('introCounts', { total: data.summary.total, problems: data.summary.problems, nodes: data.summary.nodes }) : t('intro')}
          </PageHeader>
          {error && data ? <Banner tone="warning" title={t('stale.title')}>{t('stale.text', { error: errorText(error).message })}</Banner> : null}
          {data ? <UnavailableNotice kinds={data.unavailable} /> : null}
          <div role="search" aria-label={t('filters')} className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <Field label={<span className="sr-only">{t('search')}</span>}>
              <Input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('searchPlaceholder')} className="w-72" />
            </Field>
            <Field label={t('status')}>
              <Select value={status} onChange={(e) => url.set({ status: e.target.value })}>
                {data ? <StatusOptions summary={data.summary} /> : <option value="">{t('allStatuses')}</option>}
              </Select>
            </Field>
            <Field label={t('component')}>
              <Select value={component} onChange={(e) => url.set({ component: e.target.value })} className="max-w-48">
                <option value="">{t('allComponents')}</option>
                {data?.summary.components.map((c) => (
                  <option key={c.id} value={c.id}>{c.name} ({format.number(c.count)})</option>
                ))}
              </Select>
            </Field>
            <Field label={t('node')}>
              <Input type="search" value={nodeText} onChange={(e) => setNodeText(e.target.value)} placeholder={t('anyNode')} list="pod-node-names" className="w-40" />
            </Field>
            <datalist id="pod-node-names">
              {data?.summary.nodeNames.map((name) => <option key={name} value={name} />)}
            </datalist>
            {matched !== undefined && data ? (
              <p className="ml-auto text-sm text-muted" aria-live="polite">
                {isFiltered ? t('countMatched', { matched, total: data.summary.total }) : t('count', { total: data.summary.total })}
              </p>
            ) : null}
          </div>
          {data && !USABLE_METRICS.has(data.metrics.state) ? (
            <p className="text-xs text-muted" title={data.metrics.message}>
              {t('metricsHidden', { state: data.metrics.state })}
            </p>
          ) : null}
          {list}
        </div>
      )}
    >
      {(d) => (
        <PodTable
          key={filtersKey}
          count={isCurrent ? d.matched : (matched ?? d.matched)}
          rowAt={rowAt}
          sort={sort}
          order={order}
          onSort={onSort}
          onVisibleRange={onVisibleRange}
          now={now}
          label={t('tableLabel', { count: isCurrent ? d.matched : 0 })}
        />
      )}
    </Loadable>
  );
}
