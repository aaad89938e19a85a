/** `/troubleshoot`: findings of the kube-system guide's checks by severity, filtered by `?severity=&area=`. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { TroubleshootSkeleton } from '@/components/findings/troubleshoot-skeleton';
import { TroubleshootView } from '@/components/findings/troubleshoot-view';
import { FirstViews } from '@/lib/hooks/first-views';
import { findingsFirstView, pageFirstViews } from '@/lib/server/shell-first-views';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('troubleshoot') };
}

export default async function TroubleshootPage() {
  // Every finding (the filters work on them in the browser): in the first HTML.
  const seeds = await pageFirstViews(findingsFirstView());
  return (
    <FirstViews seeds={seeds}>
      <Suspense fallback={<TroubleshootSkeleton />}>
        <TroubleshootView />
      </Suspense>
    </FirstViews>
  );
}
