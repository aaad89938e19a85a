/** `/`: the overview — the cluster, then kube-system's components in four groups; rendered from the cache, then live. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OverviewPageClient } from '@/components/overview/overview-page-client';
import type { OverviewResponse } from '@/lib/api/types';
import { firstView } from '@/lib/server/first-view';
import { overviewJson } from '@/lib/server/overview';

export const dynamic = 'force-dynamic';

/** The root layout's title template applies to child segments only, not to this page of its own segment. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('titles');
  return { title: { absolute: t('template').replace('%s', t('overview')) } };
}

export default async function OverviewPage() {
  const initial = await firstView<OverviewResponse>((runtime) => overviewJson(runtime));
  return <OverviewPageClient initial={initial} />;
}
