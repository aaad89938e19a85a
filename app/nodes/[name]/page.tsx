/** `/nodes/<name>`: one node in detail; an unknown node renders the 404 page naming it. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NodeDetailView } from '@/components/nodes/node-detail-view';
import { syncedCache } from '@/lib/server/route-cache';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Node ${decodeURIComponent((await params).name)}` };
}

export default async function NodePage({ params }: Props) {
  const name = decodeURIComponent((await params).name);
  const cache = await syncedCache();
  // Only a synced cache that can read Nodes can say a node does not exist; otherwise the view explains.
  if (cache?.isSynced() && cache.isReadable('nodes') && !cache.object('nodes', name)) notFound();
  return <NodeDetailView name={name} />;
}
