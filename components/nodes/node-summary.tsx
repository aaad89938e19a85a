/** NodeSummary: counts on top of the node list — ready, not ready, cordoned, roles, and the versions present (several = skew). */
import { useFormatter, useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { NodeCountsSummary } from '@/lib/api/nodes';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { WarningIcon } from '@/components/ui/icons';

function Tile({ label, value, href, tone }: { label: string; value: number; href?: string; tone?: 'bad' | 'warn' }) {
  const format = useFormatter();
  const content = (
    <>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className={cx('text-xl font-semibold leading-7', value > 0 && tone === 'bad' ? 'text-bad' : value > 0 && tone === 'warn' ? 'text-warn' : value > 0 ? 'text-fg' : 'text-subtle')}>
        {format.number(value)}
      </dd>
    </>
  );
  return href && value > 0 ? (
    <Link href={href} className="block min-w-[6rem] px-3.5 py-2 hover:bg-surface-2">
      {content}
    </Link>
  ) : (
    <div className="min-w-[6rem] px-3.5 py-2">{content}</div>
  );
}

function VersionLine({ label, versions }: { label: string; versions: Record<string, number> }) {
  const t = useTranslations('nodes.summary');
  const format = useFormatter();
  const entries = Object.entries(versions).sort((a, b) => b[1] - a[1]);
  const isSkewed = entries.length > 1;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="w-24 shrink-0 text-xs text-muted">{label}</span>
      {entries.length === 0 ? <span className="text-xs text-subtle">{t('notReported')}</span> : null}
      {entries.map(([version, count]) => (
        <Badge key={version} isMono tone={isSkewed ? 'outline' : 'neutral'}>
          {version}
          <span className="font-sans text-muted">×{format.number(count)}</span>
        </Badge>
      ))}
      {isSkewed ? (
        <span className="inline-flex items-center gap-1 text-xs font-medium text-warn">
          <WarningIcon className="size-3.5" />
          {t('versions', { count: entries.length })}
        </span>
      ) : null}
    </div>
  );
}

export function NodeSummary({ summary, roleHref }: { summary: NodeCountsSummary; roleHref: (role: string) => string }) {
  const t = useTranslations('nodes');
  const format = useFormatter();
  const roles = Object.entries(summary.roles).sort((a, b) => b[1] - a[1]);
  return (
    <div className="flex flex-wrap items-start gap-4">
      <dl className="flex flex-wrap divide-x divide-line overflow-hidden rounded-lg border border-line bg-surface">
        <Tile label={t('summary.nodes')} value={summary.total} />
        <Tile label={t('summary.ready')} value={summary.ready} />
        <Tile label={t('summary.notReady')} value={summary.notReady} href="/nodes?status=notready" tone="bad" />
        <Tile label={t('summary.cordoned')} value={summary.unschedulable} tone="warn" />
      </dl>
      <div className="min-w-0 flex-1 space-y-1.5 rounded-lg border border-line bg-surface px-3.5 py-2.5">
        <div className="flex flex-wrap items-center gap-1.5">
          <span className="w-24 shrink-0 text-xs text-muted">{t('summary.roles')}</span>
          {roles.map(([role, count]) => (
            <Link key={role} href={roleHref(role)} className="rounded">
              <Badge tone="outline" className="hover:bg-surface-2">
                {role === 'none' ? t('noRole') : role}
                <span className="text-muted">×{format.number(count)}</span>
              </Badge>
            </Link>
          ))}
        </div>
        <VersionLine label="kubelet" versions={summary.kubeletVersions} />
        <VersionLine label="kube-proxy" versions={summary.kubeProxyVersions} />
        <VersionLine label={t('summary.runtime')} versions={summary.runtimes} />
      </div>
    </div>
  );
}
