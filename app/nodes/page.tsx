/** `/nodes`: every node with readiness, roles, versions and heartbeat; filters in the URL (`?q=&status=notready&role=`). */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { NodesView } from '@/components/nodes/nodes-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('nodes') };
}

export default function NodesPage() {
  return (
    <Suspense>
      <NodesView />
    </Suspense>
  );
}
