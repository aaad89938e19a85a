/** `/nodes`: every node with readiness, roles, versions and heartbeat; filters in the URL (`?q=&status=notready&role=`). */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { NodesView } from '@/components/nodes/nodes-view';
import { NODES_WINDOW_ROWS, nodesApiPath, type NodesQuery } from '@/lib/api/nodes';
import { FirstViews } from '@/lib/hooks/first-views';
import { pageFirstViews } from '@/lib/server/shell-first-views';
import { listNodes } from '@/lib/server/nodes';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('nodes') };
}

/** What NodesView asks for without a query string: the first window of rows. */
const PLAIN_WINDOW: NodesQuery = { offset: 0, limit: NODES_WINDOW_ROWS };

export default async function NodesPage({ searchParams }: Props) {
  // The unfiltered list's first window (what the view asks for without a query string) comes in the first HTML.
  const isPlain = Object.keys(await searchParams).length === 0;
  const seeds = await pageFirstViews(isPlain ? { [nodesApiPath(PLAIN_WINDOW)]: (runtime) => listNodes(runtime, PLAIN_WINDOW) } : {});
  return (
    <FirstViews seeds={seeds}>
      <Suspense>
        <NodesView />
      </Suspense>
    </FirstViews>
  );
}
