'use client';
/** The fleet page: one card per cluster (kubeconfig context), live, with what is wrong with it or how its kube-system is. */
import Link from '@/components/ui/app-link';
import type { ClusterCard, ClusterProblemKind } from '@/lib/api/clusters';
import type { Status } from '@/lib/api/types';
import { withContext } from '@/lib/api/cluster-path';
import { useClusters } from '@/lib/hooks/use-clusters';
import { Badge } from '@/components/ui/badge';
import { CARD_CLASS } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { RelativeTime } from '@/components/ui/relative-time';
import { SkeletonStack } from '@/components/ui/skeleton';
import { STATUS_STYLES, StatusBadge } from '@/components/ui/status-badge';

const PROBLEM_LABEL: Record<ClusterProblemKind, string> = {
  auth: 'Credentials refused',
  tls: 'TLS error',
  timeout: 'Timed out',
  unreachable: 'Unreachable',
  config: 'Kubeconfig problem',
};

const COUNTED: readonly Status[] = ['healthy', 'degraded', 'down'];

export function FleetView() {
  const { data, error, isLoading, mutate, isValidating } = useClusters();
  return (
    <div className="space-y-4">
      <PageHeader title="Clusters">Every context of the kubeconfig: whether kubesys can reach it, and its kube-system at a glance.</PageHeader>
      {data?.problem ? <ErrorPanel title="The kubeconfig cannot be read" message={data.problem} /> : null}
      {!data && error ? (
        <ErrorPanel title="Could not load the clusters" message={error instanceof Error ? error.message : String(error)} onRetry={() => void mutate()} isRetrying={isValidating} />
      ) : null}
      {!data && isLoading ? <SkeletonStack label="Loading clusters…" blocks={['h-40', 'h-40', 'h-40']} /> : null}
      {data ? (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" aria-label="Clusters">
          {data.clusters.map((card) => (
            <li key={card.context}>
              <ClusterCardView card={card} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ClusterCardView({ card }: { card: ClusterCard }) {
  const headingId = `cluster-${card.context.replace(/\W+/g, '-')}`;
  return (
    <article aria-labelledby={headingId} className={cx(CARD_CLASS, 'flex h-full flex-col gap-3 p-4')}>
      <header className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="min-w-0 truncate text-base font-semibold">
          <Link href={withContext('/', card.context)} data-cluster-link="" className="text-fg hover:text-accent hover:underline">
            {card.context}
          </Link>
        </h2>
        {card.isDefault ? <Badge tone="accent" title="Bare paths (/, /nodes …) show this cluster">default</Badge> : null}
        {card.cached ? <Badge tone="outline" title="kubesys keeps this cluster cached (watches, metrics) because it was viewed recently">cached</Badge> : null}
        {card.version ? <Badge isMono title="Kubernetes version (gitVersion)">{card.version}</Badge> : null}
      </header>
      <Reachability card={card} />
      {card.reachable ? <Summary card={card} /> : null}
      <p className="mt-auto truncate text-xs text-muted" title={card.server}>
        {card.server ?? 'no server'} · checked <RelativeTime iso={card.checkedAt} />
      </p>
    </article>
  );
}

function Reachability({ card }: { card: ClusterCard }) {
  if (card.pending) return <p className="text-sm text-muted">Checking…</p>;
  if (card.reachable) return <p className={cx('text-sm font-medium', STATUS_STYLES.healthy.text)}>Reachable</p>;
  return (
    <div role="status" className="space-y-1">
      <p className={cx('text-sm font-medium', STATUS_STYLES.down.text)}>{card.problem ? PROBLEM_LABEL[card.problem.kind] : 'Not reachable'}</p>
      {card.problem ? <p className="break-words text-xs text-muted">{card.problem.message}</p> : null}
    </div>
  );
}

function Summary({ card }: { card: ClusterCard }) {
  const critical = card.criticalFindings ?? 0;
  return (
    <dl className="grid grid-cols-3 gap-2 text-sm">
      <div className="col-span-3">
        <dt className="sr-only">Components</dt>
        <dd className="flex flex-wrap gap-1.5" aria-label="Components by status">
          {COUNTED.map((status) => (
            <span key={status} className="inline-flex items-center gap-1">
              <StatusBadge status={status} size="sm" />
              <span className="tabular-nums">{card.components?.[status] ?? 0}</span>
            </span>
          ))}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-muted">Nodes ready</dt>
        <dd className="tabular-nums">
          <Link href={withContext('/nodes', card.context)} data-cluster-link="" className="hover:underline">
            {card.nodes ? `${card.nodes.ready}/${card.nodes.total}` : '–'}
          </Link>
        </dd>
      </div>
      <div className="col-span-2">
        <dt className="text-xs text-muted">Critical findings</dt>
        <dd className={cx('tabular-nums', critical > 0 && STATUS_STYLES.down.text)}>
          <Link href={withContext('/troubleshoot?severity=critical', card.context)} data-cluster-link="" className="hover:underline">
            {critical}
          </Link>
        </dd>
      </div>
    </dl>
  );
}
