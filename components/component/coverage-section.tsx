/** CoverageSection: per-node coverage of each DaemonSet, counted by reason with the first node names. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { CoverageGroup, DaemonSetCoverage } from '@/lib/api/component';
import { nodeHref } from '@/lib/api/urls';
import { cx } from '@/components/ui/cx';
import { Section } from '@/components/ui/section';

const n = (value: number) => value.toLocaleString('en-US');

function Groups({ title, groups, tone }: { title: string; groups: CoverageGroup[]; tone: 'problem' | 'quiet' }) {
  const t = useTranslations('component.coverage');
  if (groups.length === 0) return null;
  return (
    <div className="space-y-1.5">
      <h4 className="text-xs font-medium text-muted">{title}</h4>
      <ul className="space-y-1.5 text-[13px]">
        {groups.map((g) => (
          <li key={g.reason} className="flex flex-wrap items-baseline gap-x-2">
            <span className={cx('nums font-semibold', tone === 'problem' ? 'text-warn' : 'text-muted')}>{n(g.count)}</span>
            <span className="text-fg">{g.reason}:</span>
            <span className="flex flex-wrap gap-x-1.5">
              {g.nodes.map((node) => (
                <Link key={node} href={nodeHref(node)} className="text-accent underline decoration-accent/40 underline-offset-2">
                  {node}
                </Link>
              ))}
              {g.count > g.nodes.length ? <span className="text-muted">{t('more', { count: g.count - g.nodes.length })}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CoverageBlock({ coverage }: { coverage: DaemonSetCoverage }) {
  const t = useTranslations('component.coverage');
  const isFull = coverage.ready >= coverage.desired && coverage.lacking.length === 0;
  const pct = coverage.desired > 0 ? Math.round((coverage.ready / coverage.desired) * 100) : 100;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="text-sm font-medium text-fg">DaemonSet {coverage.name}</h3>
        <p className="text-sm text-muted">
          <span className={cx('nums font-semibold', isFull ? 'text-ok' : 'text-warn')}>
            {n(coverage.ready)}/{n(coverage.desired)}
          </span>{' '}
          {t('summary', { scheduled: coverage.scheduled, total: coverage.totalNodes })}
        </p>
      </div>
      <div
        role="img"
        aria-label={t('percent', { pct })}
        className="h-1.5 w-full max-w-md overflow-hidden rounded-full bg-line"
      >
        <div className={cx('h-full rounded-full', isFull ? 'bg-ok' : 'bg-warn')} style={{ width: `${pct}%` }} />
      </div>
      {isFull ? <p className="text-[13px] text-muted">{t('full')}</p> : null}
      <Groups title={t('lacking')} groups={coverage.lacking} tone="problem" />
      <Groups title={t('notTargeted')} groups={coverage.notTargeted} tone="quiet" />
    </div>
  );
}

export function CoverageSection({ coverage }: { coverage: DaemonSetCoverage[] }) {
  const t = useTranslations('component.coverage');
  if (coverage.length === 0) return null;
  return (
    <Section isCompact id="coverage" title={t('title')} meta={t('meta')}>
      <div className="space-y-5">
        {coverage.map((c) => (
          <CoverageBlock key={c.name} coverage={c} />
        ))}
      </div>
    </Section>
  );
}
