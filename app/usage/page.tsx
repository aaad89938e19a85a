/** /usage: what `kubectl top pods -n kube-system` and `kubectl top nodes` print, live and sortable. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TopNodes, TopPods } from '@/components/charts/top-usage';
import { USAGE_API } from '@/lib/api/usage';
import { FirstViews } from '@/lib/hooks/first-views';
import { usageJson } from '@/lib/server/usage';
import { pageFirstViews } from '@/lib/server/shell-first-views';

export const dynamic = 'force-dynamic';

/** Rows per table, and the tables' first sort. */
const LIMIT = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('usage') };
}

export default async function UsagePage() {
  const t = await getTranslations('charts.page');
  const seeds = await pageFirstViews({
    [USAGE_API.topPods('cpu', LIMIT)]: (runtime) => usageJson(runtime, { kind: 'top-pods', sort: 'cpu', limit: LIMIT }),
    [USAGE_API.topNodes('cpu', LIMIT)]: (runtime) => usageJson(runtime, { kind: 'top-nodes', sort: 'cpu', limit: LIMIT }),
  });
  return (
    <FirstViews seeds={seeds}>
      <div className="space-y-6">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold tracking-tight text-fg">{t('title')}</h1>
          <p className="text-sm text-muted">{t.rich('description', { code: (command) => <code className="font-mono text-xs">{command}</code> })}</p>
        </div>
        <TopPods limit={LIMIT} />
        <TopNodes limit={LIMIT} />
      </div>
    </FirstViews>
  );
}
