/** ClusterSummary: the overview's first line (which cluster) and a tally of components by status. */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { ClusterInfo, ComponentSummary } from '@/lib/api/types';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { STATUS_STYLES, useStatusLabel } from '@/components/ui/status-badge';
import { countByStatus } from './status-counts';

export interface ClusterSummaryProps {
  cluster: ClusterInfo;
  components: ComponentSummary[];
  /** Ready of all Nodes; absent when no component counts them (the Nodes are unknown). */
  nodes?: { ready: number; total: number };
}

function Tile({ label, value, className, icon }: { label: string; value: string; className?: string; icon?: ReactNode }) {
  return (
    <div className="min-w-[5.5rem] px-3.5 py-2">
      <dt className="flex items-center gap-1 text-xs text-muted">
        {icon}
        {label}
      </dt>
      <dd className={cx('text-xl font-semibold leading-7', className)}>{value}</dd>
    </div>
  );
}

export function ClusterSummary({ cluster, components, nodes }: ClusterSummaryProps) {
  const t = useTranslations('overview');
  const statusLabel = useStatusLabel();
  const counts = countByStatus(components);
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0 space-y-1">
        <h1 className="text-xl font-semibold tracking-tight text-fg">{t('title')}</h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
          <span>{t.rich('onCluster', { name: () => <span className="font-medium text-fg">{cluster.name}</span> })}</span>
          {cluster.version ? <Badge isMono>{cluster.version}</Badge> : null}
          <Badge tone={cluster.source === 'demo' || cluster.source === 'dump' ? 'accent' : 'outline'}>
            {t(`source.${cluster.source}`)}
          </Badge>
          {cluster.server ? <span className="truncate font-mono text-xs text-subtle">{cluster.server}</span> : null}
        </p>
        {cluster.contexts && cluster.contexts.length > 1 ? (
          <p className="text-xs text-subtle">
            {t.rich('contexts', {
              count: cluster.contexts.length,
              context: () => <span className="font-mono text-muted">{cluster.context}</span>,
              clusters: (chunks) => <Link href="/clusters" data-cluster-link="" className="text-accent hover:underline">{chunks}</Link>,
            })}
          </p>
        ) : null}
      </div>
      <dl className="flex flex-wrap divide-x divide-line rounded-lg border border-line bg-surface">
        <Tile label={t('tiles.components')} value={String(components.length)} className="text-fg" />
        {(['healthy', 'degraded', 'down', 'unknown'] as const).map((status) => {
          const { Icon, text } = STATUS_STYLES[status];
          const count = counts[status];
          return (
            <Tile
              key={status}
              label={statusLabel(status)}
              value={String(count)}
              icon={<Icon className={cx('size-3.5', count > 0 ? text : 'text-subtle')} />}
              className={count > 0 && status !== 'healthy' ? text : count > 0 ? 'text-fg' : 'text-subtle'}
            />
          );
        })}
        {nodes ? (
          <Tile
            label={t('tiles.nodesReady')}
            value={`${nodes.ready}/${nodes.total}`}
            className={nodes.ready < nodes.total ? STATUS_STYLES.degraded.text : 'text-fg'}
          />
        ) : null}
      </dl>
    </div>
  );
}
