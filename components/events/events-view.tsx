'use client';
/** EventsView: kube-system events newest first, live, with type / reason / object filters in the URL and a virtualised list. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { EventRow } from '@/lib/api/events';
import { useEvents } from '@/lib/hooks/use-events';
import { useNow } from '@/lib/hooks/use-now';
import { useUrlState } from '@/lib/hooks/use-url-state';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { EVENT_GRID, EventCells, EventHeaderRow } from './event-list';

const ROW_HEIGHT_PX = 56;
const OBJECT_DEBOUNCE_MS = 250;
const SELECT = 'h-8 rounded-md border border-line-strong bg-surface px-2 text-sm text-fg';

function VirtualEvents({ events, label }: { events: EventRow[]; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({ count: events.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT_PX, overscan: 8 });
  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={label}
      aria-rowcount={events.length + 1}
      tabIndex={0}
      className="max-h-[calc(100dvh-15rem)] overflow-auto rounded-lg border border-line bg-surface"
    >
      <div className="min-w-[60rem]">
        <div role="rowgroup" className="sticky top-0 z-10">
          <EventHeaderRow />
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const event = events[item.index]!;
            return (
              <div
                key={event.id}
                role="row"
                aria-rowindex={item.index + 2}
                className={`${EVENT_GRID} absolute inset-x-0 items-center overflow-hidden border-b border-line hover:bg-surface-2`}
                style={{ height: ROW_HEIGHT_PX, transform: `translateY(${item.start}px)` }}
              >
                <EventCells event={event} now={now} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export function EventsView() {
  const url = useUrlState();
  const type = url.get('type');
  const reason = url.get('reason');
  const object = url.get('object');
  const [objectText, setObjectText] = useState(object);
  const { data, error, isValidating, mutate } = useEvents({ type, reason, object });

  useEffect(() => {
    if (objectText === object) return;
    const timer = window.setTimeout(() => url.set({ object: objectText }), OBJECT_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [objectText, object, url]);

  if (!data && error) return <ErrorPanel title="Events cannot be listed" message={error.message} onRetry={() => void mutate()} isRetrying={isValidating} />;
  const reasons = data ? Object.entries(data.reasons).sort((a, b) => a[0].localeCompare(b[0])) : [];
  const isFiltered = Boolean(type || reason || object);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Events</h1>
        <p className="text-sm text-muted">kube-system events, newest first, updated live. The API server keeps events for an hour by default.</p>
      </div>
      {error && data ? <Banner tone="warning" title="Stale data">the last refresh failed ({error.message}); retrying.</Banner> : null}
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
        <label className="flex items-center gap-2 text-sm text-muted">
          Type
          <select value={type} onChange={(e) => url.set({ type: e.target.value })} className={SELECT}>
            <option value="">All</option>
            <option value="Warning">Warning{data?.types.Warning ? ` (${data.types.Warning})` : ''}</option>
            <option value="Normal">Normal{data?.types.Normal ? ` (${data.types.Normal})` : ''}</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm text-muted">
          Reason
          <select value={reason} onChange={(e) => url.set({ reason: e.target.value })} className={SELECT}>
            <option value="">All</option>
            {reason && !reasons.some(([r]) => r === reason) ? <option value={reason}>{reason}</option> : null}
            {reasons.map(([r, count]) => (
              <option key={r} value={r}>
                {r} ({count})
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm text-muted">
          Object
          <input
            type="search"
            value={objectText}
            onChange={(e) => setObjectText(e.target.value)}
            placeholder="pod/coredns-… or a name"
            className="h-8 w-64 rounded-md border border-line-strong bg-surface px-2.5 text-sm text-fg placeholder:text-subtle"
          />
        </label>
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
      {!data ? (
        <Skeleton className="h-96 w-full rounded-lg" />
      ) : data.events.length === 0 && (data.forbidden || data.notServed) ? null : data.events.length === 0 ? (
        <EmptyState
          title={isFiltered ? 'No event matches these filters' : 'No events in kube-system'}
          description={isFiltered ? 'Clear a filter to see more.' : 'Nothing has happened in the last hour (events expire), or the dashboard cannot read events.'}
        />
      ) : (
        <VirtualEvents events={data.events} label={`Events (${data.matched})`} />
      )}
      <KubectlCommands
        commands={[
          { label: 'Events, oldest first', command: 'kubectl get events -n kube-system --sort-by=.lastTimestamp' },
          { label: 'Warnings only', command: 'kubectl get events -n kube-system --field-selector type=Warning' },
          { label: 'Follow new events', command: 'kubectl get events -n kube-system --watch' },
        ]}
      />
    </div>
  );
}
