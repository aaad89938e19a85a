/** `/pods`: every kube-system pod, sortable and filterable; filters and sort in the URL (`?status=notready&node=&component=&q=&sort=cpu`). */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PodsView } from '@/components/pods/pods-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('pods') };
}

export default function PodsPage() {
  return (
    <Suspense>
      <PodsView />
    </Suspense>
  );
}
