/**
 * The global 404: names the path that matched nothing and links back to the overview; for a cluster URL
 * whose context the kubeconfig lacks (the proxy leaves it unrewritten), names the contexts there are.
 */
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found/not-found-panel';
import { UnknownContextPanel } from '@/components/not-found/unknown-context-panel';
import { CONTEXT_HEADER } from '@/lib/api/cluster-path';
import { unknownContext } from '@/lib/server/unknown-context';

export default async function NotFound() {
  const unknown = unknownContext((await headers()).get(CONTEXT_HEADER));
  if (unknown) return <UnknownContextPanel context={unknown.context} contexts={unknown.contexts} />;
  const t = await getTranslations('common');
  return (
    <NotFoundPanel kind={t('notFound.page')} back={{ href: '/', label: t('backToOverview') }} hint={t('notFound.pageHint')} />
  );
}
