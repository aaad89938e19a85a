'use client';
/** EventsView: kube-system events newest first, live, with type / reason / object filters in the URL and a virtualised list. */
import type { EventRow } from '@/lib/api/events';
import { useEvents } from '@/lib/hooks/use-events';
import { useNow } from '@/lib/hooks/use-now';
import { useUrlState, useUrlText } from '@/lib/hooks/use-url-state';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input, Select } from '@/components/ui/input';
import { errorMessage, Loadable } from '@/components/ui/loadable';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { VirtualTable } from '@/components/ui/virtual-table';
import { EVENT_GRID, EventCells, EventHeaderRow } from './event-list';

const ROW_HEIGHT_PX = 56;
const OBJECT_DEBOUNCE_MS = 250;

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
  const url = useUrlState();
  const type = url.get('type');
  const reason = url.get('reason');
  const object = url.get('object');
  const [objectText, setObjectText] = useUrlText(url, 'object', OBJECT_DEBOUNCE_MS);
  const query = useEvents({ type, reason, object });
  const { data, error } = query;

  const reasons = data ? Object.entries(data.reasons).sort((a, b) => a[0].localeCompare(b[0])) : [];
  const isFiltered = Boolean(type || reason || object);
  return (
    <Loadable
      query={query}
      errorTitle="Events cannot be listed"
      loading={<Skeleton className="h-96 w-full rounded-lg" />}
      isEmpty={(d) => d.events.length === 0}
      empty={
        // A forbidden or unserved list has said why in its banner above.
        data?.forbidden || data?.notServed ? null : (
          <EmptyState
            title={isFiltered ? 'No event matches these filters' : 'No events in kube-system'}
            description={isFiltered ? 'Clear a filter to see more.' : 'Nothing has happened in the last hour (events expire), or the dashboard cannot read events.'}
          />
        )
      }
      frame={(list) => (
        <div className="space-y-4">
          <PageHeader title="Events">kube-system events, newest first, updated live. The API server keeps events for an hour by default.</PageHeader>
          {error && data ? <Banner tone="warning" title="Stale data">the last refresh failed ({errorMessage(error)}); retrying.</Banner> : null}
          {data?.forbidden ? (
            <Banner tone="forbidden" title="Events are forbidden">
              kubesys {data.forbidden}. Grant it to the kubesys ServiceAccount (see deploy/); the rest of the dashboard is unaffected.
            </Banner>
          ) : null}
          {data?.notServed ? (
            <Banner tone="info" title={`Events are ${data.notServed.replace(/\s*\(.*\)$/, '')}`}>
              {data.notServed.startsWith('not in the capture') ? 'the capture recorded no Events' : 'this API server does not serve Events'}, so what happened in kube-system is unknown, not quiet.
            </Banner>
          ) : null}
          <div role="search" aria-label="Filter events" className="flex flex-wrap items-center gap-2">
            <Field label="Type">
              <Select value={type} onChange={(e) => url.set({ type: e.target.value })}>
                <option value="">All</option>
                <option value="Warning">Warning{data?.types.Warning ? ` (${data.types.Warning})` : ''}</option>
                <option value="Normal">Normal{data?.types.Normal ? ` (${data.types.Normal})` : ''}</option>
              </Select>
            </Field>
            <Field label="Reason">
              <Select value={reason} onChange={(e) => url.set({ reason: e.target.value })}>
                <option value="">All</option>
                {reason && !reasons.some(([r]) => r === reason) ? <option value={reason}>{reason}</option> : null}
                {reasons.map(([r, count]) => (
                  <option key={r} value={r}>
                    {r} ({count})
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Object">
              <Input type="search" value={objectText} onChange={(e) => setObjectText(e.target.value)} placeholder="pod/coredns-… or a name" className="w-64" />
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
                Clear filters
              </Button>
            ) : null}
            {data ? (
              <p className="ml-auto text-sm text-muted" aria-live="polite">
                {isFiltered ? `${data.matched.toLocaleString('en-US')} of ${data.total.toLocaleString('en-US')} events` : `${data.total.toLocaleString('en-US')} events`}
                {data.matched > data.events.length ? ` · newest ${data.events.length.toLocaleString('en-US')} shown` : ''}
              </p>
            ) : null}
          </div>
          {list}
          <KubectlCommands
            commands={[
              { label: 'Events, oldest first', command: 'kubectl get events -n kube-system --sort-by=.lastTimestamp' },
              { label: 'Warnings only', command: 'kubectl get events -n kube-system --field-selector type=Warning' },
              { label: 'Follow new events', command: 'kubectl get events -n kube-system --watch' },
            ]}
          />
        </div>
      )}
    >
      {(d) => <VirtualEvents events={d.events} label={`Events (${d.matched})`} />}
    </Loadable>
  );
}
