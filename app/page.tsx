/** `/`: the overview — the cluster, then kube-system's components in four groups; rendered from the cache, then live. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OverviewPageClient } from '@/components/overview/overview-page-client';
import type { OverviewResponse } from '@/lib/api/types';
import { firstView } from '@/lib/server/first-view';
import { overviewJson } from '@/lib/server/overview';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('overview') };
}

export default async function OverviewPage() {
  const initial = await firstView<OverviewResponse>((runtime) => overviewJson(runtime));
  return <OverviewPageClient initial={initial} />;
}
