/** PodEvents: the pod's events (Warning first in colour), newest first, as `kubectl describe` lists them. */
import type { PodEvent } from '@/lib/api/pod';
import { EmptyState } from '@/components/ui/empty-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { DataTable, PLAIN_TABLE } from '@/components/ui/table';
import { Section } from '@/components/ui/section';

export function PodEvents({ events }: { events: PodEvent[] }) {
  if (!events.length) {
    return (
      <EmptyState
        title="No events for this pod"
        description="The API server keeps events for about an hour; a pod that has been steady that long has none."
      />
    );
  }
  return (
    <Section isCompact title="Events" count={events.length}>
      <DataTable look={PLAIN_TABLE} className="overflow-x-auto" columns={['Type', 'Reason', 'Last seen', 'Count', 'From', 'Message']}>
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
