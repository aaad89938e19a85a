/** UnknownContextPanel: the 404 of a `/c/<context>/…` URL whose context the kubeconfig does not have, naming those it has. */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import { withContext } from '@/lib/api/cluster-path';

export function UnknownContextPanel({ context, contexts }: { context: string; contexts: readonly string[] }) {
  const t = useTranslations('common.unknownContext');
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-line bg-surface p-6">
      <p className="text-sm font-medium text-subtle">{t('kicker')}</p>
      <h1 className="break-all text-xl font-semibold tracking-tight text-fg">
        {t.rich('title', { name: () => <span className="font-mono">{context}</span> })}
      </h1>
      <p className="text-sm text-muted">
        {t('noSuchContext')} {contexts.length ? t('has') : t('none')}
      </p>
      {contexts.length ? (
        <ul aria-label={t('listLabel')} className="list-inside list-disc text-sm">
          {contexts.map((name) => (
            <li key={name}>
              <Link href={withContext('/', name)} data-cluster-link="" className="font-mono text-accent hover:underline">
                {name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">
        <Link href="/clusters" data-cluster-link="" className="font-medium text-accent hover:underline">
          {t('all')}
        </Link>
      </p>
    </div>
  );
}
