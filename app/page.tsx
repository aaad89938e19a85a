/** `/`: the overview — the cluster, then kube-system's components in four groups; rendered from the cache, then live. */
import { OverviewPageClient } from '@/components/overview/overview-page-client';
import type { OverviewResponse } from '@/lib/api/types';
import { firstView } from '@/lib/server/first-view';
import { overviewJson } from '@/lib/server/overview';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const initial = await firstView<OverviewResponse>((runtime) => overviewJson(runtime));
  return <OverviewPageClient initial={initial} />;
}
