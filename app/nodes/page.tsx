/** `/nodes`: every node with readiness, roles, versions and heartbeat; filters in the URL (`?q=&status=notready&role=`). */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { NodesView } from '@/components/nodes/nodes-view';
import { NODES_API } from '@/lib/api/nodes';
import { FirstViews } from '@/lib/hooks/first-views';
import { pageFirstViews } from '@/lib/server/shell-first-views';
import { listNodes } from '@/lib/server/nodes';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('nodes') };
}

export default async function NodesPage({ searchParams }: Props) {
  // The unfiltered list (what the view asks for without a query string) comes in the first HTML.
  const isPlain = Object.keys(await searchParams).length === 0;
  const seeds = await pageFirstViews(isPlain ? { [NODES_API]: (runtime) => listNodes(runtime, {}) } : {});
  return (
    <FirstViews seeds={seeds}>
      <Suspense>
        <NodesView />
      </Suspense>
    </FirstViews>
  );
}
