'use client';
/**
 * The header's cluster switcher: which kubeconfig context is in view, a choice of the others (to the same
 * list page in the chosen cluster), and the way to the fleet page. Hidden while there is one context.
 */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { parseContextPath, withContext } from '@/lib/api/cluster-path';
import { useViewedContext } from '@/lib/hooks/use-app-pathname';
import { useContexts } from '@/lib/hooks/use-clusters';
import { cx } from '@/components/ui/cx';

/** The page to open in another cluster: the same list page (a named object may not exist there), else its overview. */
function samePageIn(path: string): string {
  const [first, second] = path.split('/').filter(Boolean);
  if (!first || first === 'clusters' || first === 'login') return '/';
  return first === 'groups' && second ? `/groups/${second}` : `/${first}`;
}

export function ClusterSwitcher({ className }: { className?: string }) {
  const t = useTranslations('layout.clusters');
  const { data } = useContexts();
  const router = useRouter();
  const pathname = usePathname();
  const current = useViewedContext() ?? data?.defaultContext;
  const contexts = data?.contexts ?? [];
  return (
    <span className={cx('flex shrink-0 items-center gap-2', className)}>
      {contexts.length > 1 ? (
        <select
          aria-label={t('label')}
          value={current ?? ''}
          onChange={(event) => router.push(withContext(samePageIn(parseContextPath(pathname)?.path ?? pathname), event.target.value))}
          className="h-7 max-w-40 rounded-md border border-line bg-surface px-1.5 text-sm text-fg"
        >
          {contexts.map((context) => (
            <option key={context} value={context}>
              {context === data?.defaultContext ? t('default', { context }) : context}
            </option>
          ))}
        </select>
      ) : null}
      <Link href="/clusters" data-cluster-link="" className="whitespace-nowrap text-sm text-accent hover:underline">
        {t('all')}
      </Link>
    </span>
  );
}
