/** PodsSection: the component's workloads, then its pods (not-ready first), paged at 50 with totals. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { PodPage, WorkloadInfo } from '@/lib/api/component';
import { nodeHref, podHref } from '@/lib/api/urls';
import { cx } from '@/components/ui/cx';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section, SectionNote } from '@/components/ui/section';

const n = (value: number) => value.toLocaleString('en-US');

function Workloads({ workloads }: { workloads: WorkloadInfo[] }) {
  const t = useTranslations('component.pods');
  if (workloads.length === 0) return null;
  return (
    <ul aria-label={t('workloads')} className="flex flex-wrap gap-2 border-b border-line px-4 py-2.5 text-[13px]">
      {workloads.map((w) => (
        <li key={`${w.kind}/${w.name}`} className="rounded-md border border-line bg-surface-2 px-2.5 py-1">
          <span className="text-muted">{w.kind === 'static' ? t('staticPod') : w.kind}</span> <span className="font-medium text-fg">{w.name}</span>{' '}
          <span className={cx(w.ready < w.desired ? 'font-medium text-warn' : 'text-muted')}>
            {t('ready', { ready: w.ready, desired: w.desired })}
          </span>
          {w.upToDate !== undefined ? <span className="text-muted"> · {t('upToDate', { count: w.upToDate })}</span> : null}
          {w.selector ? <span className={cx(COMPACT_TABLE.mono, 'text-muted')}> · {w.selector}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Pager({ pods, pageHref }: { pods: PodPage; pageHref: (page: number) => string }) {
  const t = useTranslations('component.pods');
  if (pods.pageCount <= 1) return null;
  const link = 'rounded border border-line px-2 py-0.5 text-accent hover:bg-surface-2';
  return (
    <nav aria-label={t('pages')} className="flex items-center justify-end gap-2 px-4 py-2 text-xs text-muted">
      {pods.page > 1 ? <Link href={pageHref(pods.page - 1)} className={link}>{t('previous')}</Link> : null}
      <span>{t('page', { page: pods.page, count: pods.pageCount })}</span>
      {pods.page < pods.pageCount ? <Link href={pageHref(pods.page + 1)} className={link}>{t('next')}</Link> : null}
    </nav>
  );
}

export interface PodsSectionProps {
  pods: PodPage;
  workloads: WorkloadInfo[];
  pageHref: (page: number) => string;
}

export function PodsSection({ pods, workloads, pageHref }: PodsSectionProps) {
  const first = (pods.page - 1) * pods.pageSize + 1;
  const last = first + pods.items.length - 1;
  const t = useTranslations('component.pods');
  const counts = { ready: pods.total - pods.notReady, total: pods.total, first, last };
  const meta = pods.total === 0 ? undefined : pods.pageCount > 1 ? t('metaPaged', counts) : t('meta', counts);
  return (
    <Section isCompact id="pods" title={t('title')} meta={meta} isFlush>
      <Workloads workloads={workloads} />
      {pods.items.length === 0 ? (
        <SectionNote isPadded>{t('none')}</SectionNote>
      ) : (
        <DataTable look={COMPACT_TABLE} columns={[t('name'), t('readyColumn'), t('status'), t('restarts'), t('age'), t('node'), t('ip')]}>
          {pods.items.map((pod) => (
            <tr key={pod.name} className={cx(COMPACT_TABLE.row, !pod.isReady && pod.status !== 'Completed' && 'bg-bad-soft/40')}>
              <td className={COMPACT_TABLE.td}>
                <Link href={podHref(pod.name)} className="font-medium text-accent hover:underline">
                  {pod.name}
                </Link>
              </td>
              <td className={cx(COMPACT_TABLE.td, 'nums')}>{pod.ready}</td>
              <td className={cx(COMPACT_TABLE.td, !pod.isReady && pod.status !== 'Completed' && 'font-medium text-bad')}>{pod.status}</td>
              <td className={cx(COMPACT_TABLE.td, 'nums', pod.restarts > 0 && 'font-medium text-warn')}>{n(pod.restarts)}</td>
              <td className={cx(COMPACT_TABLE.td, 'nums text-muted')}>{pod.age}</td>
              <td className={COMPACT_TABLE.td}>
                {pod.node ? (
                  <Link href={nodeHref(pod.node)} className="text-accent hover:underline">
                    {pod.node}
                  </Link>
                ) : (
                  <span className="text-subtle">{t('notScheduled')}</span>
                )}
              </td>
              <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'text-muted')}>{pod.ip || '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager pods={pods} pageHref={pageHref} />
    </Section>
  );
}
