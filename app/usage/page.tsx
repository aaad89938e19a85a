/** /usage: what `kubectl top pods -n kube-system` and `kubectl top nodes` print, live and sortable. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TopNodes, TopPods } from '@/components/charts/top-usage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('usage') };
}

export default async function UsagePage() {
  const t = await getTranslations('charts.page');
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight text-fg">{t('title')}</h1>
        <p className="text-sm text-muted">{t.rich('description', { code: (command) => <code className="font-mono text-xs">{command}</code> })}</p>
      </div>
      <TopPods limit={50} />
      <TopNodes limit={50} />
    </div>
  );
}
