'use client';
/** LogsPreview: the newest lines of every pod of a component, merged by time, read once (the log viewer's code loads with it). */
import { useTranslations } from 'next-intl';
import { componentLogsApiUrl } from '@/lib/api/pod';
import { useLogStream } from '@/lib/hooks/use-log-stream';
import { LogLines } from '@/components/logs/log-lines';
import { Loadable } from '@/components/ui/loadable';
import { SectionNote } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';

export function LogsPreview({ id, tailLines }: { id: string; tailLines: number }) {
  const t = useTranslations('component.logs');
  const stream = useLogStream({ jsonUrl: componentLogsApiUrl(id, { tailLines }) });
  const isSettled = stream.status !== 'loading' && stream.status !== 'error';
  return (
    <Loadable
      query={{ data: isSettled ? stream.lines : undefined, error: stream.status === 'error' ? (stream.error ?? stream.status) : undefined, mutate: stream.reload }}
      errorTitle={t('cannotRead')}
      loading={<div className="p-4"><SkeletonStack label={t('loading')} blocks={['h-3.5 w-3/4', 'h-3.5 w-2/3', 'h-3.5 w-4/5']} /></div>}
      isEmpty={(lines) => lines.length === 0}
      empty={<SectionNote isPadded>{t('none')}</SectionNote>}
    >
      {(lines) => <LogLines lines={lines} q="" timestamps={false} wrap isFollowing={false} label={t('newestOf', { id })} maxHeightClassName="max-h-72" />}
    </Loadable>
  );
}
