/** PodsSection: the component's workloads, then its pods (not-ready first), paged at 50 with totals. */
import Link from 'next/link';
import type { PodPage, WorkloadInfo } from '@/lib/api/component';
import { nodeHref, podHref } from '@/lib/api/urls';
import { cx } from '@/components/ui/cx';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section, SectionNote } from '@/components/ui/section';

const n = (value: number) => value.toLocaleString('en-US');
const KIND_LABEL: Record<string, string> = { static: 'Static pod' };

function Workloads({ workloads }: { workloads: WorkloadInfo[] }) {
  if (workloads.length === 0) return null;
  return (
    <ul aria-label="Workloads" className="flex flex-wrap gap-2 border-b border-line px-4 py-2.5 text-[13px]">
      {workloads.map((w) => (
        <li key={`${w.kind}/${w.name}`} className="rounded-md border border-line bg-surface-2 px-2.5 py-1">
          <span className="text-muted">{KIND_LABEL[w.kind] ?? w.kind}</span> <span className="font-medium text-fg">{w.name}</span>{' '}
          <span className={cx(w.ready < w.desired ? 'font-medium text-warn' : 'text-muted')}>
            {n(w.ready)}/{n(w.desired)} ready
          </span>
          {w.upToDate !== undefined ? <span className="text-muted"> · {n(w.upToDate)} up to date</span> : null}
          {w.selector ? <span className={cx(COMPACT_TABLE.mono, 'text-muted')}> · {w.selector}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Pager({ pods, pageHref }: { pods: PodPage; pageHref: (page: number) => string }) {
  if (pods.pageCount <= 1) return null;
  const link = 'rounded border border-line px-2 py-0.5 text-accent hover:bg-surface-2';
  return (
    <nav aria-label="Pod pages" className="flex items-center justify-end gap-2 px-4 py-2 text-xs text-muted">
      {pods.page > 1 ? <Link href={pageHref(pods.page - 1)} className={link}>Previous</Link> : null}
      <span>
        Page {n(pods.page)} of {n(pods.pageCount)}
      </span>
      {pods.page < pods.pageCount ? <Link href={pageHref(pods.page + 1)} className={link}>Next</Link> : null}
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
  const meta =
    pods.total === 0
      ? undefined
      : `${n(pods.total - pods.notReady)} of ${n(pods.total)} ready${pods.pageCount > 1 ? ` · showing ${n(first)}–${n(last)}, not-ready first` : ''}`;
  return (
    <Section isCompact id="pods" title="Pods" meta={meta} isFlush>
      <Workloads workloads={workloads} />
      {pods.items.length === 0 ? (
        <SectionNote isPadded>No pods of this component in kube-system.</SectionNote>
      ) : (
        <DataTable look={COMPACT_TABLE} columns={['Name', 'Ready', 'Status', 'Restarts', 'Age', 'Node', 'IP']}>
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
                  <span className="text-subtle">not scheduled</span>
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
