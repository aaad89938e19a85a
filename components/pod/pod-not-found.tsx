/** PodNotFound: the 404 for a pod that is not (or no longer) in kube-system, naming it and linking back. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { EmptyState } from '@/components/ui/empty-state';
import { QuestionCircleIcon } from '@/components/ui/icons';

export function PodNotFound({ name }: { name: string }) {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-xl font-semibold text-fg">{t('pod.notFound.title')}</h1>
      <EmptyState
        icon={<QuestionCircleIcon className="size-5" />}
        title={t('pod.notFound.noSuch', { name })}
        description={t('pod.notFound.hint')}
        action={
          <Link href="/" className="text-sm font-medium text-accent hover:underline">
            {t('common.backToOverview')}
          </Link>
        }
      />
    </div>
  );
}
