'use client';
/** EventList: events as compact rows (type, reason, object link, message, count, first/last seen live); used by the events page and the node page. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { EventRow } from '@/lib/api/events';
import { cx } from '@/components/ui/cx';
import { WarningIcon } from '@/components/ui/icons';
import { useFormatAge } from '@/components/ui/relative-time';
import { GridHeaderRow, type Column } from '@/components/ui/table';

/** How long ago an ISO time was ("12 s ago", "12초 전") against the caller's clock, or — when unknown. */
export function Age({ iso, now }: { iso: string | undefined; now: number }) {
  const formatAge = useFormatAge();
  const time = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return <>—</>;
  return (
    <time dateTime={iso} title={iso}>
      {formatAge(Math.max(0, now - time))}
    </time>
  );
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
        <Age iso={event.firstSeen} now={now} />
      </div>
      <div role="cell" className="text-xs text-muted">
        <Age iso={event.lastSeen} now={now} />
      </div>
    </>
  );
}

export function EventHeaderRow() {
  const t = useTranslations('events.columns');
  const columns: readonly Column[] = [t('type'), t('reason'), t('object'), t('message'), { label: t('count'), className: 'text-right' }, t('firstSeen'), t('lastSeen')];
  return <GridHeaderRow columns={columns} className={`${EVENT_GRID} h-9 items-center border-b border-line bg-surface-2 text-xs font-medium text-muted`} />;
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
