/** NotFoundPanel: a 404 that names what was not found and links back to where to look. */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import Link from '@/components/ui/app-link';

export interface NotFoundPanelProps {
  /** What kind of thing, as a sentence starts with it: "Node", "Page". */
  kind: string;
  name: string;
  /** Where to look instead; the overview by default (which is then the only link). */
  back?: { href: string; label: string };
  hint?: string;
  /** More ways on (the four groups for an unknown group). */
  children?: ReactNode;
}

export function NotFoundPanel({ kind, name, back, hint, children }: NotFoundPanelProps) {
  const t = useTranslations('common');
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-line bg-surface p-6">
      <p className="text-sm font-medium text-subtle">{t('notFound.badge')}</p>
      <h1 className="break-all text-xl font-semibold tracking-tight text-fg">
        {t.rich('notFound.title', { kind, name: () => <span className="font-mono">{name || t('none')}</span> })}
      </h1>
      <p className="text-sm text-muted">{hint ?? t('notFound.hint')}</p>
      {children}
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={back?.href ?? '/'} className="font-medium text-accent hover:underline">
          ← {back?.label ?? t('backToOverview')}
        </Link>
        {back ? (
          <Link href="/" className="text-accent hover:underline">
            {t('overview')}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
