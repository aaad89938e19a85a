/** 404 for `/nodes/<name>`: names the node and links back to the node list. */
import { useTranslations } from 'next-intl';
import { NotFoundPanel } from '@/components/not-found/not-found-panel';

export default function NodeNotFound() {
  const t = useTranslations('common');
  return (
    <NotFoundPanel
      kind="Node"
      prefix="/nodes/"
      back={{ href: '/nodes', label: t('notFound.allNodes') }}
      hint={t('notFound.nodeHint')}
    />
  );
}
