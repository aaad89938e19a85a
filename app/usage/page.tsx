/** /usage: what `kubectl top pods -n kube-system` and `kubectl top nodes` print, live and sortable. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TopNodes, TopPods } from '@/components/charts/top-usage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('usage') };
}

export default function UsagePage() {
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight text-fg">Resource usage</h1>
        <p className="text-sm text-muted">Current CPU and memory from metrics.k8s.io, like kubectl top.</p>
      </div>
      <TopPods limit={50} />
      <TopNodes limit={50} />
    </div>
  );
}
