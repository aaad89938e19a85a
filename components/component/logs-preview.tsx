'use client';
/** LogsPreview: the newest lines of every pod of a component, merged by time, read once (the log viewer's code loads with it). */
import { componentLogsApiUrl } from '@/lib/api/pod';
import { useLogStream } from '@/lib/hooks/use-log-stream';
import { LogLines } from '@/components/logs/log-lines';
import { Loadable } from '@/components/ui/loadable';
import { SectionNote } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';

export function LogsPreview({ id, tailLines }: { id: string; tailLines: number }) {
  const stream = useLogStream({ jsonUrl: componentLogsApiUrl(id, { tailLines }) });
  const isSettled = stream.status !== 'loading' && stream.status !== 'error';
  return (
    <Loadable
      query={{ data: isSettled ? stream.lines : undefined, error: stream.status === 'error' ? (stream.error ?? stream.status) : undefined, mutate: stream.reload }}
      errorTitle="The logs cannot be read"
      loading={<div className="p-4"><SkeletonStack label="Loading logs" blocks={['h-3.5 w-3/4', 'h-3.5 w-2/3', 'h-3.5 w-4/5']} /></div>}
      isEmpty={(lines) => lines.length === 0}
      empty={<SectionNote isPadded>No pod of this component has written a line yet.</SectionNote>}
    >
      {(lines) => <LogLines lines={lines} q="" timestamps={false} wrap isFollowing={false} label={`Newest log lines of ${id}`} maxHeightClassName="max-h-72" />}
    </Loadable>
  );
}
