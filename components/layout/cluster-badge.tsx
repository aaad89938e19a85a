/** ClusterBadge: which cluster this is (name, version, where the data comes from), always in view. */
import type { ClusterInfo, ClusterSourceKind } from '@/lib/api/types';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { Skeleton } from '@/components/ui/skeleton';

const SOURCE_LABEL: Record<ClusterSourceKind, { label: string; title: string }> = {
  kubeconfig: { label: 'kubeconfig', title: 'Connected with a kubeconfig context' },
  'in-cluster': { label: 'in-cluster', title: 'Connected with the in-cluster ServiceAccount' },
  demo: { label: 'demo', title: 'A simulated demo cluster, not a real one' },
  dump: { label: 'dump', title: 'Replaying a kubectl cluster-info dump; data does not change' },
};

export interface ClusterBadgeProps {
  cluster?: ClusterInfo;
  isLoading?: boolean;
  /** The overview request failed and there is nothing to show yet. */
  hasError?: boolean;
  /** The failure was 401: the dashboard wants a sign-in (AUTH_MODE=token). */
  needsSignIn?: boolean;
  className?: string;
}

export function ClusterBadge({ cluster, isLoading, hasError, needsSignIn, className }: ClusterBadgeProps) {
  if (!cluster && needsSignIn) {
    return <span className={cx('text-sm text-muted', className)}>Signed out</span>;
  }
  if (!cluster) {
    return isLoading && !hasError ? (
      <span className={cx('flex items-center gap-2', className)}>
        <span className="sr-only">Loading cluster…</span>
        <Skeleton className="h-4 w-28" />
        <Skeleton className="h-4 w-14" />
      </span>
    ) : (
      <span className={cx('text-sm text-muted', className)}>{hasError ? 'Not connected' : 'No cluster data'}</span>
    );
  }
  const source = SOURCE_LABEL[cluster.source];
  return (
    <span className={cx('flex min-w-0 items-center gap-2', className)}>
      <span className="sr-only">Cluster:</span>
      <span className="truncate text-sm font-medium text-fg" title={cluster.server ?? cluster.name}>
        {cluster.name}
      </span>
      {cluster.version ? (
        <Badge isMono title="Kubernetes version (gitVersion)">
          {cluster.version}
        </Badge>
      ) : null}
      <Badge tone={cluster.source === 'demo' || cluster.source === 'dump' ? 'accent' : 'outline'} title={source.title}>
        {source.label}
      </Badge>
    </span>
  );
}
