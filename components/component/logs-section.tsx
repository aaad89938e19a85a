'use client';
/**
 * LogsSection: the component page's newest log lines of every pod, merged by time (as `kubectl logs -l …
 * --prefix` prints them), read once when the section is shown; the full, followable view is one click away at
 * /components/<id>/logs.
 */
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { COMPONENT_MAX_PODS } from '@/lib/api/pod';
import { componentLogsHref } from '@/lib/api/urls';
import { ChevronRightIcon } from '@/components/ui/icons';
import { Section, SectionNote } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';
import { WhenVisible } from '@/components/ui/when-visible';

/** Lines per pod in the preview: enough to see what each pod said last. */
const PREVIEW_TAIL_LINES = 20;

export interface LogsSectionProps {
  id: string;
  podCount: number;
  /** Why there are no pod logs here, when the component has no pods (kubelet, a managed control plane). */
  noPodsNote: string;
}

function PreviewSkeleton() {
  const t = useTranslations('component.logs');
  return (
    <div className="p-4">
      <SkeletonStack label={t('loading')} blocks={['h-3.5 w-3/4', 'h-3.5 w-2/3', 'h-3.5 w-4/5']} />
    </div>
  );
}

/** The preview reads every pod's log and brings the log viewer: both wait until the section is shown. */
const LogsPreview = dynamic(() => import('./logs-preview').then((m) => m.LogsPreview), { ssr: false, loading: () => <PreviewSkeleton /> });

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
      {podCount > 0 ? (
        <WhenVisible placeholder={<PreviewSkeleton />}>
          <LogsPreview id={id} tailLines={PREVIEW_TAIL_LINES} />
        </WhenVisible>
      ) : (
        <SectionNote isPadded>{noPodsNote}</SectionNote>
      )}
    </Section>
  );
}
