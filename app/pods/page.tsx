/** `/pods`: every kube-system pod, sortable and filterable; filters and sort in the URL (`?status=notready&node=&component=&q=&sort=cpu`). */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PodsView } from '@/components/pods/pods-view';
import { PODS_API, type PodsQuery } from '@/lib/api/pods';
import { apiPath } from '@/lib/api/urls';
import { FirstViews } from '@/lib/hooks/first-views';
import { pageFirstViews } from '@/lib/server/shell-first-views';
import { listPods } from '@/lib/server/pod-list';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What PodsView asks for without a query string: by status, the first window of rows (its WINDOW_ROWS). */
const PLAIN_WINDOW: PodsQuery = { sort: 'status', order: 'asc', offset: 0, limit: 300 };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('pods') };
}

export default async function PodsPage({ searchParams }: Props) {
  // The unfiltered list's first window comes in the first HTML.
  const isPlain = Object.keys(await searchParams).length === 0;
  const seeds = await pageFirstViews(isPlain ? { [apiPath(PODS_API, { ...PLAIN_WINDOW })]: (runtime) => listPods(runtime, PLAIN_WINDOW) } : {});
  return (
    <FirstViews seeds={seeds}>
      <Suspense>
        <PodsView />
      </Suspense>
    </FirstViews>
  );
}
