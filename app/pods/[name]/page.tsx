/**
 * `/pods/<name>`: a kube-system pod — Details, YAML, Events, Logs (`?tab=logs&container=…`). A pod
 * the cache does not hold answers 404 with a page naming it.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { PodSkeleton } from '@/components/pod/pod-skeleton';
import { PodView } from '@/components/pod/pod-view';
import { getClusterCache } from '@/lib/kube/cache';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: decodeURIComponent(name) };
}

export default async function PodPage({ params }: Props) {
  const name = decodeURIComponent((await params).name);
  const result = getClusterCache();
  if (result.ok && (await result.cache.waitForFirstSync()) && result.cache.isReadable('pods') && !result.cache.object('pods', name)) notFound();
  return (
    <Suspense fallback={<PodSkeleton />}>
      <PodView name={name} />
    </Suspense>
  );
}
