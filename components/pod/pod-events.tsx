/** PodEvents: the pod's events (Warning first in colour), newest first, as `kubectl describe` lists them. */
import { useTranslations } from 'next-intl';
import type { PodEvent } from '@/lib/api/pod';
import { EmptyState } from '@/components/ui/empty-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { DataTable, PLAIN_TABLE } from '@/components/ui/table';
import { Section } from '@/components/ui/section';

export function PodEvents({ events }: { events: PodEvent[] }) {
  const t = useTranslations('pod.events');
  if (!events.length) {
    return (
      <EmptyState
        title={t('none')}
        description={t('noneHint')}
      />
    );
  }
  return (
    <Section isCompact title={t('title')} count={events.length}>
      <DataTable look={PLAIN_TABLE} className="overflow-x-auto" columns={[t('type'), t('reason'), t('lastSeen'), t('count'), t('from'), t('message')]}>
        {events.map((e, i) => (
          <tr key={`${e.reason}-${e.lastSeen}-${i}`}>
            <td className={e.type === 'Warning' ? 'font-medium text-warn' : 'text-muted'}>{e.type}</td>
            <td className="text-fg">{e.reason}</td>
            <td className="whitespace-nowrap text-muted">{e.lastSeen ? <RelativeTime iso={e.lastSeen} /> : '—'}</td>
            <td className="tabular-nums text-muted">{e.count}</td>
            <td className="text-muted">{e.source ?? ''}</td>
            <td className="break-words text-fg">{e.message}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
