/** NotFoundPanel: names what was not found ("component foo") and links back to the overview. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { EmptyState } from '@/components/ui/empty-state';
import { QuestionCircleIcon } from '@/components/ui/icons';

export interface NotFoundPanelProps {
  kind: 'component' | 'group';
  name: string;
  hint?: string;
}

export function NotFoundPanel({ kind, name, hint }: NotFoundPanelProps) {
  const t = useTranslations('common');
  const what = t(`notFound.${kind}`);
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold tracking-tight text-fg">
        {t.rich('notFound.noSuch', { kind: what, name: () => <span className="font-mono">{name}</span> })}
      </h1>
      <EmptyState
        icon={<QuestionCircleIcon className="size-5" />}
        title={t('notFound.noSuchTitle', { kind: what, name })}
        description={hint ?? t('notFound.removed')}
        action={
          <Link href="/" className="text-sm font-medium text-accent hover:underline">
            {t('backToOverview')}
          </Link>
        }
        className="max-w-2xl"
      />
    </div>
  );
}
