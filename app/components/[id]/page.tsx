/** `/components/<id>`: one component in detail, live; a 404 page when the cluster has no such component. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComponentPageClient } from '@/components/component/component-page-client';
import { getClusterCache } from '@/lib/kube/cache';
import { componentExists } from '@/lib/server/component-detail';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).id) };
}

export default async function ComponentPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const result = getClusterCache();
  // Without a connection or a synced cache the client view explains the problem; only a known miss is a 404.
  if (result.ok && (await result.cache.waitForFirstSync()) && !componentExists(result.cache, id)) notFound();
  return <ComponentPageClient id={id} />;
}
