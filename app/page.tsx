'use client';
/** `/`: the overview — the cluster, then kube-system's components in four groups, live. */
import { OverviewError } from '@/components/overview/overview-error';
import { OverviewSkeleton } from '@/components/overview/overview-skeleton';
import { OverviewView } from '@/components/overview/overview-view';
import { useOverview } from '@/lib/hooks/use-overview';

export default function OverviewPage() {
  const { data, error, isValidating, mutate } = useOverview();
  if (data) return <OverviewView data={data} error={error} />;
  if (error) return <OverviewError error={error} onRetry={() => void mutate()} isRetrying={isValidating} />;
  return <OverviewSkeleton />;
}
