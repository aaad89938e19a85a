/**
 * `/pods/<name>`: a kube-system pod — Details, YAML, Events, Logs (`?tab=logs&container=…`). A pod
 * the cache does not hold answers 404 with a page naming it.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PodSkeleton } from '@/components/pod/pod-skeleton';
import { PodView } from '@/components/pod/pod-view';
import type { PodDetailResponse } from '@/lib/api/pod';
import { firstView } from '@/lib/server/first-view';
import { podDetail } from '@/lib/server/pod-detail';
import { notFoundUnless } from '@/lib/server/route';
import { FirstViews } from '@/lib/hooks/first-views';
import { findingsFirstView, pageFirstViews } from '@/lib/server/shell-first-views';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: (await getTranslations('titles'))('pod', { name: decodeURIComponent(name) }) };
}

export default async function PodPage({ params }: Props) {
  const name = decodeURIComponent((await params).name);
  // Only a synced cache that can read pods can say a pod does not exist; otherwise the view explains.
  await notFoundUnless((runtime) => Boolean(runtime.get('pods', name)), ['pods']);
  const [initial, seeds] = await Promise.all([
    firstView<PodDetailResponse>((runtime) => podDetail(runtime, name)),
    pageFirstViews(findingsFirstView({ subject: `pod/${name}` })),
  ]);
  return (
    <FirstViews seeds={seeds}>
      <Suspense fallback={<PodSkeleton />}>
        <PodView name={name} initial={initial} />
      </Suspense>
    </FirstViews>
  );
}
