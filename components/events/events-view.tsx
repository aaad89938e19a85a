'use client';
/** EventsView: kube-system events newest first, live, with type / reason / object filters in the URL and a virtualised list. */
import { useTranslations } from 'next-intl';
import type { EventRow } from '@/lib/api/events';
import { useEvents } from '@/lib/hooks/use-events';
import { useNow } from '@/lib/hooks/use-now';
import { useUrlState, useUrlText } from '@/lib/hooks/use-url-state';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input, Select } from '@/components/ui/input';
import { Loadable } from '@/components/ui/loadable';
import { useErrorText } from '@/components/ui/error-text';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { VirtualTable } from '@/components/ui/virtual-table';
import { EVENT_GRID, EventCells, EventHeaderRow } from './event-list';

const ROW_HEIGHT_PX = 56;
const OBJECT_DEBOUNCE_MS = 250;
/** How the cache words a kind a replayed capture lacks (lib/kube/availability.ts). */
const NOT_CAPTURED_PREFIX = 'not in the capture';

function VirtualEvents({ events, label }: { events: EventRow[]; label: string }) {
  const now = useNow();
  return (
    <VirtualTable
      rows={events}
      rowKey={(event) => event.id}
      rowHeightPx={ROW_HEIGHT_PX}
      overscan={8}
      label={label}
      header={<EventHeaderRow />}
      rowClassName={`${EVENT_GRID} items-center overflow-hidden`}
      renderRow={(event) => <EventCells event={event} now={now} />}
      minWidthClassName="min-w-[60rem]"
      className="max-h-[calc(100dvh-15rem)]"
    />
  );
}

export function EventsView() {
  const t = useTranslations('events');
  const errorText = useErrorText();
  const url = useUrlState();
  const type = url.get('type');
  const reason = url.get('reason');
  const object = url.get('object');
  const [objectText, setObjectText] = useUrlText(url, 'object', OBJECT_DEBOUNCE_MS);
  const query = useEvents({ type, reason, object });
  const { data, error } = query;

  const reasons = data ? Object.entries(data.reasons).sort((a, b) => a[0].localeCompare(b[0])) : [];
  const isFiltered = Boolean(type || reason || object);
  const isNotCaptured = Boolean(data?.notServed?.startsWith(NOT_CAPTURED_PREFIX));
  return (
    <Loadable
      query={query}
      errorTitle={t('cannotList')}
      loading={<Skeleton className="h-96 w-full rounded-lg" />}
      isEmpty={(d) => d.events.length === 0}
      empty={
        // A forbidden or unserved list has said why in its banner above.
        data?.forbidden || data?.notServed ? null : (
          <EmptyState
            title={isFiltered ? t('noMatchTitle') : t('noneTitle')}
            description={isFiltered ? t('noMatchHint') : t('noneHint')}
          />
        )
      }
      frame={(list) => (
        <div className="space-y-4">
          <PageHeader title={t('title')}>{t('intro')}</PageHeader>
          {error && data ? <Banner tone="warning" title={t('stale.title')}>{t('stale.text', { error: errorText(error).message })}</Banner> : null}
          {data?.forbidden ? (
            <Banner tone="forbidden" title={t('forbidden.title')}>
              {/* The permission and the API server's refusal, as the cache words them. */}
              {t.rich('forbidden.text', { detail: () => data.forbidden })}
            </Banner>
          ) : null}
          {data?.notServed ? (
            <div title={data.notServed}>
              <Banner tone="info" title={t('notServed.title', { isCapture: String(isNotCaptured) })}>
                {t('notServed.text', { isCapture: String(isNotCaptured) })}
              </Banner>
            </div>
          ) : null}
          <div role="search" aria-label={t('filters')} className="flex flex-wrap items-center gap-2">
            <Field label={t('type')}>
              <Select value={type} onChange={(e) => url.set({ type: e.target.value })}>
                <option value="">{t('all')}</option>
                <option value="Warning">Warning{data?.types.Warning ? ` (${data.types.Warning})` : ''}</option>
                <option value="Normal">Normal{data?.types.Normal ? ` (${data.types.Normal})` : ''}</option>
              </Select>
            </Field>
            <Field label={t('reason')}>
              <Select value={reason} onChange={(e) => url.set({ reason: e.target.value })}>
                <option value="">{t('all')}</option>
                {reason && !reasons.some(([r]) => r === reason) ? <option value={reason}>{reason}</option> : null}
                {reasons.map(([r, count]) => (
                  <option key={r} value={r}>
                    {r} ({count})
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('object')}>
              <Input type="search" value={objectText} onChange={(e) => setObjectText(e.target.value)} placeholder={t('objectPlaceholder')} className="w-64" />
            </Field>
            {isFiltered ? (
              <Button
                variant="ghost"
                size="sm"
                onClick={() => {
                  setObjectText('');
                  url.set({ type: undefined, reason: undefined, object: undefined });
                }}
              >
                {t('clear')}
              </Button>
            ) : null}
            {data ? (
              <p className="ml-auto text-sm text-muted" aria-live="polite">
                {isFiltered ? t('countMatched', { matched: data.matched, total: data.total }) : t('count', { total: data.total })}
                {data.matched > data.events.length ? t('newestShown', { count: data.events.length }) : ''}
              </p>
            ) : null}
          </div>
          {list}
          <KubectlCommands
            commands={[
              { label: t('kubectl.oldestFirst'), command: 'kubectl get events -n kube-system --sort-by=.lastTimestamp' },
              { label: t('kubectl.warnings'), command: 'kubectl get events -n kube-system --field-selector type=Warning' },
              { label: t('kubectl.follow'), command: 'kubectl get events -n kube-system --watch' },
            ]}
          />
        </div>
      )}
    >
      {(d) => <VirtualEvents events={d.events} label={t('tableLabel', { count: d.matched })} />}
    </Loadable>
  );
}
