'use client';
/** EventList: events as compact rows (type, reason, object link, message, count, first/last seen live); used by the events page and the node page. */
import Link from '@/components/ui/app-link';
import type { EventRow } from '@/lib/api/events';
import { humanDuration } from '@/lib/model/duration';
import { cx } from '@/components/ui/cx';
import { WarningIcon } from '@/components/ui/icons';
import { GridHeaderRow, type Column } from '@/components/ui/table';

export function ago(iso: string | undefined, now: number): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : `${humanDuration(Math.max(0, now - t))} ago`;
}

export function EventTypeLabel({ type }: { type: string }) {
  const isWarning = type === 'Warning';
  return (
    <span className={cx('inline-flex items-center gap-1 text-xs font-medium', isWarning ? 'text-warn' : 'text-muted')}>
      {isWarning ? <WarningIcon className="size-3.5" /> : null}
      {type}
    </span>
  );
}

export const EVENT_GRID = 'grid grid-cols-[5.5rem_9rem_minmax(12rem,1.3fr)_minmax(14rem,2fr)_3rem_6rem_6rem] gap-x-3 px-3';

export function EventCells({ event, now, showSource = true }: { event: EventRow; now: number; showSource?: boolean }) {
  return (
    <>
      <div role="cell">
        <EventTypeLabel type={event.type} />
      </div>
      <div role="cell" className="truncate text-sm font-medium text-fg" title={event.reason}>
        {event.reason}
      </div>
      <div role="cell" className="min-w-0 truncate text-sm">
        <Link href={event.object.href} className="text-accent hover:underline" title={`${event.object.kind}/${event.object.name}`}>
          <span className="text-muted">{event.object.kind.toLowerCase()}/</span>
          {event.object.name}
        </Link>
      </div>
      <div role="cell" className="min-w-0 text-sm text-fg">
        <p className="line-clamp-2 break-words" title={event.message}>
          {event.message}
        </p>
        {showSource && event.source ? <p className="truncate text-xs text-subtle">{event.source}</p> : null}
      </div>
      <div role="cell" className="text-right text-sm">{event.count > 1 ? `×${event.count}` : '1'}</div>
      <div role="cell" className="text-xs text-muted">
        <time dateTime={event.firstSeen} title={event.firstSeen}>{ago(event.firstSeen, now)}</time>
      </div>
      <div role="cell" className="text-xs text-muted">
        <time dateTime={event.lastSeen} title={event.lastSeen}>{ago(event.lastSeen, now)}</time>
      </div>
    </>
  );
}

const EVENT_COLUMNS: readonly Column[] = ['Type', 'Reason', 'Object', 'Message', { label: 'Count', className: 'text-right' }, 'First seen', 'Last seen'];

export function EventHeaderRow() {
  return <GridHeaderRow columns={EVENT_COLUMNS} className={`${EVENT_GRID} h-9 items-center border-b border-line bg-surface-2 text-xs font-medium text-muted`} />;
}

/** A short, non-virtualised list (a node's or a pod's events). */
export function EventList({ events, now, label }: { events: EventRow[]; now: number; label: string }) {
  return (
    <div role="table" aria-label={label} className="overflow-x-auto">
      <div className="min-w-[60rem]">
        <div role="rowgroup">
          <EventHeaderRow />
        </div>
        <div role="rowgroup">
          {events.map((event) => (
            <div key={event.id} role="row" className={`${EVENT_GRID} items-start border-b border-line py-2 last:border-b-0`}>
              <EventCells event={event} now={now} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
