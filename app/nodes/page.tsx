/** `/nodes`: every node with readiness, roles, versions and heartbeat; filters in the URL (`?q=&status=notready&role=`). */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { NodesView } from '@/components/nodes/nodes-view';

export const metadata: Metadata = { title: 'Nodes' };

export default function NodesPage() {
  return (
    <Suspense>
      <NodesView />
    </Suspense>
  );
}
