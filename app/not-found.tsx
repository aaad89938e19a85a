/** The global 404: names the path that matched nothing and links back to the overview. */
import { useTranslations } from 'next-intl';
import { NotFoundPanel } from '@/components/not-found/not-found-panel';

export default function NotFound() {
  const t = useTranslations('common');
  return (
    <NotFoundPanel kind={t('notFound.page')} back={{ href: '/', label: t('backToOverview') }} hint={t('notFound.pageHint')} />
  );
}
