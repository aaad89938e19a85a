/** The node page's tables and lists: conditions, capacity, its kube-system pods, and taints or labels as chips. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { NodeDetail } from '@/lib/api/nodes';
import { componentHref, podHref } from '@/lib/api/urls';
import { Age } from '@/components/events/event-list';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { EmptyState } from '@/components/ui/empty-state';
import { CARD_TABLE, DataTable } from '@/components/ui/table';

const { row: ROW, td: TD } = CARD_TABLE;

export function ConditionsTable({ node, now }: { node: NodeDetail; now: number }) {
  const t = useTranslations('nodes.conditions');
  return (
    <DataTable look={CARD_TABLE} columns={[t('condition'), t('status'), t('reason'), t('message'), t('lastTransition')]} className="overflow-x-auto">
      {node.conditions.map((c) => (
        <tr key={c.type} className={ROW}>
          <th scope="row" className={cx(TD, 'text-left font-medium')}>
            {c.type}
          </th>
          <td className={cx(TD, 'font-medium', c.isProblem ? 'text-bad' : 'text-ok')}>{c.status}</td>
          <td className={cx(TD, 'text-muted')}>{c.reason ?? '—'}</td>
          <td className={TD}>{c.message ?? '—'}</td>
          <td className={cx(TD, 'whitespace-nowrap text-muted')}>
            <Age iso={c.lastTransitionTime} now={now} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ResourcesTable({ node }: { node: NodeDetail }) {
  const t = useTranslations('nodes.resources');
  return (
    <DataTable look={CARD_TABLE} columns={[t('resource'), { label: t('capacity'), className: 'text-right' }, { label: t('allocatable'), className: 'text-right' }]}>
      {node.resources.map((r) => (
        <tr key={r.name} className={ROW}>
          <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-normal')}>{r.name}</th>
          <td className={cx(TD, 'text-right')} title={r.capacity}>{r.capacityText}</td>
          <td className={cx(TD, 'text-right')} title={r.allocatable}>{r.allocatableText}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function PodsTable({ node, now }: { node: NodeDetail; now: number }) {
  const t = useTranslations('nodes.pods');
  if (node.pods.length === 0) return <EmptyState className="m-4" title={t('noneTitle')} description={t('noneHint')} />;
  return (
    <DataTable look={CARD_TABLE} columns={[t('pod'), t('component'), t('ready'), t('status'), t('restarts'), t('ip'), t('age')]} className="overflow-x-auto">
      {node.pods.map((p) => (
        <tr key={p.name} className={ROW}>
          <td className={TD}>
            <Link href={podHref(p.name)} className="font-medium text-accent hover:underline">{p.name}</Link>
          </td>
          <td className={TD}>
            <Link href={componentHref(p.componentId)} className="text-accent hover:underline">{p.componentName}</Link>
          </td>
          <td className={cx(TD, p.isReady ? 'text-fg' : 'text-bad')}>{p.ready}</td>
          <td className={cx(TD, p.status === 'Running' || p.status === 'Completed' ? 'text-fg' : 'font-medium text-bad')}>{p.status}</td>
          <td className={cx(TD, p.restarts > 0 ? 'text-warn' : 'text-muted')}>{p.restarts}</td>
          <td className={cx(TD, 'font-mono text-xs text-muted')}>{p.ip ?? '—'}</td>
          <td className={cx(TD, 'text-muted')}>
            <Age iso={p.createdAt} now={now} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Taints or labels as monospaced chips, or why there are none. */
export function Chips({ entries, empty }: { entries: string[]; empty: string }) {
  if (entries.length === 0) return <p className="text-sm text-subtle">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {entries.map((e) => (
        <li key={e}>
          <Badge isMono className="h-auto whitespace-normal break-all py-0.5">{e}</Badge>
        </li>
      ))}
    </ul>
  );
}
