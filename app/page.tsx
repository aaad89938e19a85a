'use client';
/** `/`: the overview — the cluster, then kube-system's components in four groups, live. */
import { OverviewError } from '@/components/overview/overview-error';
import { OverviewSkeleton } from '@/components/overview/overview-skeleton';
import { OverviewView } from '@/components/overview/overview-view';
import { Loadable } from '@/components/ui/loadable';
import { useOverview } from '@/lib/hooks/use-overview';

export default function OverviewPage() {
  const query = useOverview();
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
