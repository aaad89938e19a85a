'use client';
/** The live overview: the server's first answer at once (when it had one), then polled; skeleton and error otherwise. */
import type { FirstView } from '@/lib/api/conditional';
import type { OverviewResponse } from '@/lib/api/types';
import { useOverview } from '@/lib/hooks/use-overview';
import { Loadable } from '@/components/ui/loadable';
import { OverviewError } from './overview-error';
import { OverviewSkeleton } from './overview-skeleton';
import { OverviewView } from './overview-view';

export function OverviewPageClient({ initial }: { initial?: FirstView<OverviewResponse> }) {
  const query = useOverview(initial);
  return (
    <Loadable
      query={query}
      loading={<OverviewSkeleton />}
      renderError={(error, retry) => <OverviewError error={error} {...retry} />}
    >
      {(data) => <OverviewView data={data} error={query.error} />}
    </Loadable>
  );
}
