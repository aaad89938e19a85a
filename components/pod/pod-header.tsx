/** PodHeader: the pod's name, STATUS, READY, RESTARTS, age, and where it runs, linked. */
import { useFormatter, useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { PodDetail } from '@/lib/api/pod';
import { componentHref, nodeHref } from '@/lib/api/urls';
import { CopyButton } from '@/components/ui/copy-button';
import { DATE_TIME_FORMAT, RelativeTime } from '@/components/ui/relative-time';
import { StatusChip } from './status-chip';
import { podStatusTone } from './pod-status-tone';

export function PodHeader({ pod }: { pod: PodDetail }) {
  const t = useTranslations('pod.header');
  const format = useFormatter();
  return (
    <header className="space-y-2">
      <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href="/" prefetch={false} className="hover:text-fg hover:underline">
              kube-system
            </Link>
          </li>
          {pod.component ? (
            <>
              <li aria-hidden="true">/</li>
              <li>
                <Link href={componentHref(pod.component.id)} className="hover:text-fg hover:underline">
                  {pod.component.name}
                </Link>
              </li>
            </>
          ) : null}
          <li aria-hidden="true">/</li>
          <li aria-current="page">{t('pods')}</li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="break-all font-mono text-xl font-semibold text-fg">{pod.name}</h1>
        <CopyButton text={pod.name} label={t('copyName')} />
        <StatusChip tone={podStatusTone(pod.status, pod.isReady)} label={pod.status} />
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-muted">{t('ready')}</dt>
          <dd className="tabular-nums text-fg">{pod.ready}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-muted">{t('restarts')}</dt>
          <dd className="tabular-nums text-fg">
            {pod.restarts}
            {pod.lastRestartAt ? (
              <span className="text-muted">
                {' '}
                {t.rich('lastRestart', { ago: () => <RelativeTime iso={pod.lastRestartAt!} /> })}
              </span>
            ) : null}
          </dd>
        </div>
        {pod.createdAt ? (
          <div className="flex gap-1.5">
            <dt className="text-muted">{t('created')}</dt>
            <dd className="text-fg">
              <RelativeTime iso={pod.createdAt} />
            </dd>
          </div>
        ) : null}
        <div className="flex gap-1.5">
          <dt className="text-muted">{t('node')}</dt>
          <dd>
            {pod.node ? (
              <Link href={nodeHref(pod.node)} className="font-mono text-accent hover:underline">
                {pod.node}
              </Link>
            ) : (
              <span className="text-muted">{t('notScheduled')}</span>
            )}
          </dd>
        </div>
      </dl>
      {pod.deletingAt ? <p className="text-sm text-warn">{t('terminatingSince', { time: format.dateTime(new Date(pod.deletingAt), DATE_TIME_FORMAT) })}</p> : null}
    </header>
  );
}
