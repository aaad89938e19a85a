/** `/components/<id>`: one component in detail (first view from the cache, then live); a 404 page when the cluster has no such component. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComponentPageClient } from '@/components/component/component-page-client';
import type { ComponentDetailResponse } from '@/lib/api/component';
import { componentDetailJson, componentExists } from '@/lib/server/component-detail';
import { FirstViews } from '@/lib/hooks/first-views';
import { firstView } from '@/lib/server/first-view';
import { findingsFirstView, pageFirstViews } from '@/lib/server/shell-first-views';
import { notFoundUnless } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The pod table's page as the client view reads it (`?podPage=N`, 1 when absent or not a number). */
function podPageOf(value: string | string[] | undefined): number {
  return Math.max(1, Number(Array.isArray(value) ? value[0] : value) || 1);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('component', { name: decodeURIComponent((await params).id) }) };
}

export default async function ComponentPage({ params, searchParams }: Props) {
  const id = decodeURIComponent((await params).id);
  // Without a connection or a synced cache the client view explains the problem; only a known miss is a 404.
  await notFoundUnless((runtime) => componentExists(runtime, id));
  const podPage = podPageOf((await searchParams).podPage);
  const initial = await firstView<ComponentDetailResponse>((runtime) => componentDetailJson(runtime, id, podPage));
  const seeds = await pageFirstViews(findingsFirstView({ subject: `component/${id}` }));
  return (
    <FirstViews seeds={seeds}>
      <ComponentPageClient id={id} initial={initial ? { ...initial, podPage } : undefined} />
    </FirstViews>
  );
}
