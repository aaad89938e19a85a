/** `/pods`: every kube-system pod, sortable and filterable; filters and sort in the URL (`?status=notready&node=&component=&q=&sort=cpu`). */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PodsView } from '@/components/pods/pods-view';

export const metadata: Metadata = { title: 'Pods' };

export default function PodsPage() {
  return (
    <Suspense>
      <PodsView />
    </Suspense>
  );
}
