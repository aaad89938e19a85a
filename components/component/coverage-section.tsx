/** CoverageSection: per-node coverage of each DaemonSet, counted by reason with the first node names. */
import Link from 'next/link';
import type { CoverageGroup, DaemonSetCoverage } from '@/lib/api/component';
import { nodeHref } from '@/lib/api/urls';
import { cx } from '@/components/ui/cx';
import { Section } from '@/components/ui/section';

const n = (value: number) => value.toLocaleString('en-US');

function Groups({ title, groups, tone }: { title: string; groups: CoverageGroup[]; tone: 'problem' | 'quiet' }) {
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
              {g.count > g.nodes.length ? <span className="text-muted">and {n(g.count - g.nodes.length)} more</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CoverageBlock({ coverage }: { coverage: DaemonSetCoverage }) {
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
          nodes with a ready pod · {n(coverage.scheduled)} scheduled · {n(coverage.totalNodes)} nodes in the cluster
        </p>
      </div>
      <div
        role="img"
        aria-label={`${pct}% of targeted nodes covered`}
        className="h-1.5 w-full max-w-md overflow-hidden rounded-full bg-line"
      >
        <div className={cx('h-full rounded-full', isFull ? 'bg-ok' : 'bg-warn')} style={{ width: `${pct}%` }} />
      </div>
      {isFull ? <p className="text-[13px] text-muted">Every targeted node runs a ready pod.</p> : null}
      <Groups title="Nodes without a ready pod" groups={coverage.lacking} tone="problem" />
      <Groups title="Nodes not targeted" groups={coverage.notTargeted} tone="quiet" />
    </div>
  );
}

export function CoverageSection({ coverage }: { coverage: DaemonSetCoverage[] }) {
  if (coverage.length === 0) return null;
  return (
    <Section isCompact id="coverage" title="DaemonSet coverage" meta="one pod per targeted node">
      <div className="space-y-5">
        {coverage.map((c) => (
          <CoverageBlock key={c.name} coverage={c} />
        ))}
      </div>
    </Section>
  );
}
