/** `/troubleshoot`: findings of the kube-system guide's checks by severity, filtered by `?severity=&area=`. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { TroubleshootSkeleton } from '@/components/findings/troubleshoot-skeleton';
import { TroubleshootView } from '@/components/findings/troubleshoot-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('troubleshoot') };
}

export default function TroubleshootPage() {
  return (
    <Suspense fallback={<TroubleshootSkeleton />}>
      <TroubleshootView />
    </Suspense>
  );
}
