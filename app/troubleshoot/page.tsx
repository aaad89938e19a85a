/** `/troubleshoot`: findings of the kube-system guide's checks by severity, filtered by `?severity=&area=`. */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TroubleshootSkeleton } from '@/components/findings/troubleshoot-skeleton';
import { TroubleshootView } from '@/components/findings/troubleshoot-view';

export const metadata: Metadata = { title: 'Troubleshoot' };

export default function TroubleshootPage() {
  return (
    <Suspense fallback={<TroubleshootSkeleton />}>
      <TroubleshootView />
    </Suspense>
  );
}
