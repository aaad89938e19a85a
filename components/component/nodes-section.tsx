/** NodesSection: the kubelet component's nodes (not-ready first), versions and heartbeat ages. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { NodesInfo } from '@/lib/api/component';
import { nodeHref } from '@/lib/api/urls';
import { cx } from '@/components/ui/cx';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section } from '@/components/ui/section';

const n = (value: number) => value.toLocaleString('en-US');

function Tally({ label, items }: { label: string; items: { version: string; count: number }[] }) {
  return (
    <p className="text-[13px] text-muted">
      <span className="font-medium text-fg">{label}:</span>{' '}
      {items.map((v) => `${v.version} (${n(v.count)})`).join(' · ') || '—'}
    </p>
  );
}

export function NodesSection({ nodes }: { nodes: NodesInfo }) {
  const t = useTranslations('component.nodes');
  const counts = { ready: nodes.ready, total: nodes.total, shown: nodes.items.length };
  const meta = nodes.total > nodes.items.length ? t('metaFirst', counts) : t('meta', counts);
  return (
    <Section
      isCompact
      id="nodes"
      title={t('title')}
      meta={meta}
      isFlush
      action={
        <Link href="/nodes" className="text-xs text-accent hover:underline">
          {t('all')}
        </Link>
      }
    >
      <div className="space-y-1 border-b border-line px-4 py-2.5">
        <Tally label={t('kubeletVersions')} items={nodes.kubeletVersions} />
        <Tally label={t('runtimes')} items={nodes.runtimeVersions} />
      </div>
      <DataTable look={COMPACT_TABLE} columns={[t('node'), t('status'), t('roles'), 'kubelet', t('heartbeat')]}>
        {nodes.items.map((node) => (
          <tr key={node.name} className={cx(COMPACT_TABLE.row, !node.ready && 'bg-bad-soft/40')}>
            <td className={COMPACT_TABLE.td}>
              <Link href={nodeHref(node.name)} className="font-medium text-accent hover:underline">
                {node.name}
              </Link>
            </td>
            <td className={cx(COMPACT_TABLE.td, !node.ready && 'font-medium text-bad')}>
              {node.ready ? 'Ready' : `NotReady${node.why ? `: ${node.why}` : ''}`}
            </td>
            <td className={cx(COMPACT_TABLE.td, 'text-muted')}>{node.roles.join(', ') || '—'}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono)}>{node.kubeletVersion || '—'}</td>
            <td className={cx(COMPACT_TABLE.td, 'nums text-muted')}>
              {node.heartbeatAgeSeconds !== undefined ? t('secondsAgo', { seconds: node.heartbeatAgeSeconds }) : '—'}
            </td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
