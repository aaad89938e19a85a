/** EventsSection: events of the component's pods and workloads, newest first, capped, linked to /events. */
import Link from 'next/link';
import type { EventRow } from '@/lib/api/component';
import { cx } from '@/components/ui/cx';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { RelativeTime } from '@/components/ui/relative-time';
import { Section, SectionNote } from '@/components/ui/section';

export interface EventsSectionProps {
  events: EventRow[];
  total: number;
  /** Why the list is empty, when the default ("no events for these pods") does not fit. */
  emptyNote?: string;
}

export function EventsSection({ events, total, emptyNote }: EventsSectionProps) {
  const meta = total > events.length ? `newest ${events.length} of ${total.toLocaleString('en-US')}` : total > 0 ? 'newest first' : undefined;
  return (
    <Section
      isCompact
      id="events"
      title="Events"
      meta={meta}
      isFlush
      action={
        <Link href="/events" className="text-xs text-accent hover:underline">
          All kube-system events
        </Link>
      }
    >
      {events.length === 0 ? (
        <SectionNote isPadded>{emptyNote ?? 'No events for these pods: Kubernetes keeps events for an hour by default.'}</SectionNote>
      ) : (
        <DataTable look={COMPACT_TABLE} columns={['Last seen', 'Type', 'Reason', 'Object', 'Message']}>
          {events.map((e, i) => (
            <tr key={i} className={COMPACT_TABLE.row}>
              <td className={cx(COMPACT_TABLE.td, 'whitespace-nowrap text-muted')}>
                {e.lastSeen ? <RelativeTime iso={e.lastSeen} /> : '—'}
              </td>
              <td className={cx(COMPACT_TABLE.td, e.type === 'Warning' ? 'font-medium text-warn' : 'text-muted')}>{e.type}</td>
              <td className={cx(COMPACT_TABLE.td, 'font-medium')}>
                {e.reason}
                {e.count > 1 ? <span className="ml-1 font-normal text-subtle">×{e.count}</span> : null}
              </td>
              <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'whitespace-nowrap')}>
                <Link href={`/events?object=${encodeURIComponent(e.object)}`} className="text-accent hover:underline">
                  {e.object}
                </Link>
              </td>
              <td className={cx(COMPACT_TABLE.td, 'break-words')}>{e.message}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
