/** Every primitive and freshness state side by side, for review in light and dark. */
import type { FreshnessInfo } from '@/lib/api/types';
import { FreshnessBanner } from '@/components/layout/freshness-banner';
import { FreshnessIndicator } from '@/components/layout/freshness-indicator';
import { ClusterBadge } from '@/components/layout/cluster-badge';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Kbd } from '@/components/ui/kbd';
import { RelativeTime } from '@/components/ui/relative-time';
import { StatusBadge } from '@/components/ui/status-badge';

function freshness(state: FreshnessInfo['state'], lastSyncAt: string): FreshnessInfo {
  return {
    state,
    lastSyncAt,
    watches: {
      pods: { state: state === 'forbidden' ? 'live' : state, count: 22 },
      events: { state, count: 0, message: state === 'error' ? 'events: 500 etcdserver: request timed out' : undefined },
      leases: { state: state === 'forbidden' ? 'forbidden' : state, count: 0 },
    },
    unavailable: state === 'forbidden' ? [{ kind: 'leases', reason: 'forbidden', message: 'needs list and watch on leases in kube-system' }] : [],
  };
}

/** An API server that serves few kinds, and a replayed capture: settled kinds, listed rather than shown empty. */
function partial(lastSyncAt: string, capturedAt?: string): FreshnessInfo {
  const phrase = capturedAt ? 'not in the capture' : 'not served by this API server';
  return {
    ...freshness('live', lastSyncAt),
    unavailable: ['endpoints', 'leases', 'node-leases'].map((kind) => ({ kind, reason: 'not-served' as const, message: `${phrase} (404)` })),
    ...(capturedAt ? { capturedAt } : {}),
  };
}

export function States({ now }: { now: Date }) {
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const states = [
    ...(['live', 'syncing', 'reconnecting', 'forbidden', 'error'] as const).map((state) => ({
      state: state as string,
      info: freshness(state, ago(state === 'live' ? 4_000 : 95_000)),
    })),
    { state: 'partial', info: partial(ago(4_000)) },
    { state: 'snapshot', info: partial(ago(4_000), '2022-11-23T22:36:02Z') },
  ];
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Card>
        <CardHeader>
          <h3 className="text-sm font-semibold">Header: cluster and freshness</h3>
        </CardHeader>
        <CardBody className="space-y-2.5">
          <ClusterBadge cluster={{ name: 'prod-eu-1', version: 'v1.30.4-eks-a737599', source: 'in-cluster' }} />
          <ClusterBadge isLoading />
          {states.map(({ state, info }) => (
            <div key={state}>
              <FreshnessIndicator freshness={info} />
            </div>
          ))}
          <div><FreshnessIndicator freshness={states[0].info} hasError /></div>
          <div><FreshnessIndicator isLoading /></div>
          <div><FreshnessIndicator hasError /></div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <h3 className="text-sm font-semibold">Primitives</h3>
        </CardHeader>
        <CardBody className="space-y-3 text-sm">
          <div className="flex flex-wrap gap-2">
            {(['healthy', 'degraded', 'down', 'unknown'] as const).map((status) => (
              <StatusBadge key={status} status={status} />
            ))}
            {(['healthy', 'degraded', 'down', 'unknown'] as const).map((status) => (
              <StatusBadge key={`sm-${status}`} status={status} size="sm" />
            ))}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Badge isMono>v1.31.2</Badge>
            <Badge tone="accent">demo</Badge>
            <Badge tone="outline">kubeconfig</Badge>
            <Badge>DaemonSet</Badge>
          </div>
          <p className="flex items-center gap-2 text-muted">
            Press <Kbd>/</Kbd> to search, <Kbd>Esc</Kbd> to close.
          </p>
          <div className="flex items-center gap-2 rounded-md border border-line bg-surface-2 px-2 py-1.5">
            <code className="flex-1 truncate font-mono text-xs">kubectl get pods -n kube-system -l k8s-app=kube-dns</code>
            <CopyButton text="kubectl get pods -n kube-system -l k8s-app=kube-dns" label="Copy kubectl command" />
          </div>
          <p className="text-muted">
            Last restart <RelativeTime iso={ago(12_000)} /> · leader renewed <RelativeTime iso={ago(250_000)} /> ·
            created <RelativeTime iso={ago(3 * 86_400_000)} />
          </p>
        </CardBody>
      </Card>
      <div className="space-y-2 xl:col-span-2">
        {states.map(({ state, info }) => (
          <FreshnessBanner key={state} freshness={info} />
        ))}
        <FreshnessBanner freshness={states[0].info} hasError />
      </div>
    </div>
  );
}
