'use client';
/**
 * LogsSection: the component page's newest log lines of every pod, merged by time (as `kubectl logs -l …
 * --prefix` prints them), read once; the full, followable view is one click away at /components/<id>/logs.
 */
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { COMPONENT_MAX_PODS, componentLogsApiUrl } from '@/lib/api/pod';
import { componentLogsHref } from '@/lib/api/urls';
import { useLogStream } from '@/lib/hooks/use-log-stream';
import { LogLines } from '@/components/logs/log-lines';
import { ChevronRightIcon } from '@/components/ui/icons';
import { Loadable } from '@/components/ui/loadable';
import { Section, SectionNote } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';

/** Lines per pod in the preview: enough to see what each pod said last. */
const PREVIEW_TAIL_LINES = 20;

export interface LogsSectionProps {
  id: string;
  podCount: number;
  /** Why there are no pod logs here, when the component has no pods (kubelet, a managed control plane). */
  noPodsNote: string;
}

function Preview({ id }: { id: string }) {
  const t = useTranslations('component.logs');
  const stream = useLogStream({ jsonUrl: componentLogsApiUrl(id, { tailLines: PREVIEW_TAIL_LINES }) });
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

export function LogsSection({ id, podCount, noPodsNote }: LogsSectionProps) {
  const t = useTranslations('component.logs');
  const shown = Math.min(podCount, COMPONENT_MAX_PODS);
  return (
    <Section
      id="logs"
      title={t('title')}
      isCompact
      isFlush
      meta={podCount > 0 ? t('meta', { lines: PREVIEW_TAIL_LINES, pods: shown }) : undefined}
      action={
        podCount > 0 ? (
          <Link href={componentLogsHref(id)} className="inline-flex items-center gap-0.5 text-sm font-medium text-accent hover:underline">
            {t('openAll')}<ChevronRightIcon className="size-3.5" />
          </Link>
        ) : undefined
      }
    >
      {podCount > 0 ? <Preview id={id} /> : <SectionNote isPadded>{noPodsNote}</SectionNote>}
    </Section>
  );
}
