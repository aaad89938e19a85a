'use client';
/** The fleet page: one card per cluster (kubeconfig context), live, with what is wrong with it or how its kube-system is. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { ClusterCard } from '@/lib/api/clusters';
import type { Status } from '@/lib/api/types';
import { withContext } from '@/lib/api/cluster-path';
import { useClusters } from '@/lib/hooks/use-clusters';
import { Badge } from '@/components/ui/badge';
import { CARD_CLASS } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useErrorText } from '@/components/ui/error-text';
import { KubeconfigHints, useKubeconfigProblemWords } from '@/components/ui/kubeconfig-problem-text';
import { PageHeader } from '@/components/ui/page-header';
import { RelativeTime } from '@/components/ui/relative-time';
import { SkeletonStack } from '@/components/ui/skeleton';
import { STATUS_STYLES, StatusBadge } from '@/components/ui/status-badge';

const COUNTED: readonly Status[] = ['healthy', 'degraded', 'down'];

export function FleetView() {
  const t = useTranslations('fleet');
  const errorText = useErrorText();
  const problemWords = useKubeconfigProblemWords();
  const { data, error, isLoading, mutate, isValidating } = useClusters();
  const unreadable = data?.kubeconfigProblem ? problemWords(data.kubeconfigProblem) : undefined;
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')}>{t('description')}</PageHeader>
      {unreadable ? <ErrorPanel title={unreadable.title} message={unreadable.detail} hint={<KubeconfigHints hints={unreadable.hints} />} /> : null}
      {!data && error ? (
        <ErrorPanel title={t('cannotLoad')} {...errorText(error)} onRetry={() => void mutate()} isRetrying={isValidating} />
      ) : null}
      {!data && isLoading ? <SkeletonStack label={t('loading')} blocks={['h-40', 'h-40', 'h-40']} /> : null}
      {data ? (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" aria-label={t('list')}>
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
  const t = useTranslations('fleet.card');
  const headingId = `cluster-${card.context.replace(/\W+/g, '-')}`;
  return (
    <article aria-labelledby={headingId} className={cx(CARD_CLASS, 'flex h-full flex-col gap-3 p-4')}>
      <header className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="min-w-0 truncate text-base font-semibold">
          <Link href={withContext('/', card.context)} data-cluster-link="" className="text-fg hover:text-accent hover:underline">
            {card.context}
          </Link>
        </h2>
        {card.isDefault ? <Badge tone="accent" title={t('defaultTitle')}>{t('default')}</Badge> : null}
        {card.cached ? <Badge tone="outline" title={t('cachedTitle')}>{t('cached')}</Badge> : null}
        {card.version ? <Badge isMono title={t('versionTitle')}>{card.version}</Badge> : null}
      </header>
      <Reachability card={card} />
      {card.reachable ? <Summary card={card} /> : null}
      <p className="mt-auto truncate text-xs text-muted" title={card.server}>
        {t.rich('footer', { server: () => card.server ?? t('noServer'), age: () => <RelativeTime iso={card.checkedAt} /> })}
      </p>
    </article>
  );
}

function Reachability({ card }: { card: ClusterCard }) {
  const t = useTranslations('fleet.reach');
  const problemWords = useKubeconfigProblemWords();
  if (card.pending) return <p className="text-sm text-muted">{t('checking')}</p>;
  if (card.reachable) return <p className={cx('text-sm font-medium', STATUS_STYLES.healthy.text)}>{t('reachable')}</p>;
  return (
    <div role="status" className="space-y-1">
      <p className={cx('text-sm font-medium', STATUS_STYLES.down.text)}>{t(card.problem ? `problem.${card.problem.kind}` : 'notReachable')}</p>
      {/* A kubeconfig entry's problem in the reader's words; else the failure as the client or the API server worded it: evidence, not translated. */}
      {card.problem?.kubeconfig ? (
        <p className="break-words text-xs text-muted">{problemWords(card.problem.kubeconfig).detail}</p>
      ) : card.problem?.detail ? (
        <p className="break-words text-xs text-muted" translate="no">{card.problem.detail}</p>
      ) : null}
    </div>
  );
}

function Summary({ card }: { card: ClusterCard }) {
  const t = useTranslations('fleet.summary');
  const critical = card.criticalFindings ?? 0;
  return (
    <dl className="grid grid-cols-3 gap-2 text-sm">
      <div className="col-span-3">
        <dt className="sr-only">{t('components')}</dt>
        <dd className="flex flex-wrap gap-1.5" aria-label={t('byStatus')}>
          {COUNTED.map((status) => (
            <span key={status} className="inline-flex items-center gap-1">
              <StatusBadge status={status} size="sm" />
              <span className="tabular-nums">{card.components?.[status] ?? 0}</span>
            </span>
          ))}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-muted">{t('nodesReady')}</dt>
        <dd className="tabular-nums">
          <Link href={withContext('/nodes', card.context)} data-cluster-link="" className="hover:underline">
            {card.nodes ? `${card.nodes.ready}/${card.nodes.total}` : '–'}
          </Link>
        </dd>
      </div>
      <div className="col-span-2">
        <dt className="text-xs text-muted">{t('critical')}</dt>
        <dd className={cx('tabular-nums', critical > 0 && STATUS_STYLES.down.text)}>
          <Link href={withContext('/troubleshoot?severity=critical', card.context)} data-cluster-link="" className="hover:underline">
            {critical}
          </Link>
        </dd>
      </div>
    </dl>
  );
}
