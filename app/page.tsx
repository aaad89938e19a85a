/** `/`: the overview — the cluster, then kube-system's components in four groups; rendered from the cache, then live. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OverviewPageClient } from '@/components/overview/overview-page-client';
import { NEEDS_ATTENTION_FINDINGS } from '@/lib/api/findings';
import { USAGE_API } from '@/lib/api/usage';
import { FirstViews } from '@/lib/hooks/first-views';
import { usageJson } from '@/lib/server/usage';
import { findingsFirstView, pageFirstViews } from '@/lib/server/shell-first-views';

export const dynamic = 'force-dynamic';

/** The root layout's title template applies to child segments only, not to this page of its own segment. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('titles');
  return { title: { absolute: t('template').replace('%s', t('overview')) } };
}

export default async function OverviewPage() {
  // The overview itself comes with the layout's first views (the header polls it too); "Needs attention"
  // reads the critical findings (and every severity's count) and each group's trend the last hour's usage
  // (GroupTrend's range).
  const seeds = await pageFirstViews({
    ...findingsFirstView(NEEDS_ATTENTION_FINDINGS),
    [USAGE_API.groups('1h')]: (runtime) => usageJson(runtime, { kind: 'groups', range: '1h' }),
  });
  return (
    <FirstViews seeds={seeds}>
      <OverviewPageClient />
    </FirstViews>
  );
}
