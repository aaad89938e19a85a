'use client';
/** ComponentLogsView: a component's merged pod logs (`kubectl logs -l … --prefix`), settings in the URL. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { COMPONENT_MAX_PODS } from '@/lib/api/pod';
import { componentHref } from '@/lib/api/urls';
import { LogViewer } from './log-viewer';
import { logViewParams, readLogViewState, type LogViewState } from './log-view-state';

export function ComponentLogsView({ id, containers = [] }: { id: string; containers?: string[] }) {
  const t = useTranslations('logs');
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = readLogViewState(params);
  const onChange = useCallback(
    (patch: Partial<LogViewState>) => {
      const next = new URLSearchParams();
      for (const [key, value] of Object.entries(logViewParams({ ...readLogViewState(params), ...patch }))) if (value) next.set(key, value);
      const search = next.toString();
      router.replace(`${pathname}${search ? `?${search}` : ''}`, { scroll: false });
    },
    [params, pathname, router],
  );
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href={componentHref(id)} className="hover:text-fg hover:underline">
            {id}
          </Link>{' '}
          {t('crumb')}
        </nav>
        <h1 className="text-xl font-semibold text-fg">{t('title', { id })}</h1>
        <p className="text-sm text-muted">
          {t.rich('intro', { max: COMPONENT_MAX_PODS, code: () => <code className="font-mono text-xs">kubectl logs --prefix</code> })}
        </p>
      </header>
      <LogViewer target={{ kind: 'component', id }} containers={containers.map((name) => ({ name }))} state={state} onChange={onChange} />
    </div>
  );
}
