/** EventsSection: events of the component's pods and workloads, newest first, capped, linked to /events. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
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
  const t = useTranslations('component.events');
  const meta = total > events.length ? t('newestOf', { shown: events.length, total }) : total > 0 ? t('newestFirst') : undefined;
  return (
    <Section
      isCompact
      id="events"
      title={t('title')}
      meta={meta}
      isFlush
      action={
        <Link href="/events" className="text-xs text-accent hover:underline">
          {t('all')}
        </Link>
      }
    >
      {events.length === 0 ? (
        <SectionNote isPadded>{emptyNote ?? t('none')}</SectionNote>
      ) : (
        <DataTable look={COMPACT_TABLE} columns={[t('lastSeen'), t('type'), t('reason'), t('object'), t('message')]}>
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
