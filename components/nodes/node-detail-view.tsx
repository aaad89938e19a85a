'use client';
/** NodeDetailView: one node — status, versions, system, conditions, capacity, taints, labels, Lease, kube-system pods, events, kubectl. */
import dynamic from 'next/dynamic';
import Link from '@/components/ui/app-link';
import { FindingsFor } from '@/components/findings/findings-for';
import type { FirstView } from '@/lib/api/conditional';
import type { NodeDetail } from '@/lib/api/nodes';
import { humanDuration } from '@/lib/model/duration';
import { useNodeDetail } from '@/lib/hooks/use-nodes';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { EventList } from '@/components/events/event-list';
import { Badge } from '@/components/ui/badge';
import { Banner } from '@/components/ui/banner';
import { errorMessage, Loadable } from '@/components/ui/loadable';
import { NameValueList } from '@/components/ui/name-value-list';
import { Section } from '@/components/ui/section';
import { WhenVisible } from '@/components/ui/when-visible';
import { Skeleton, SkeletonStack } from '@/components/ui/skeleton';
import { Chips, ConditionsTable, PodsTable, ResourcesTable } from './node-detail-tables';
import { HeartbeatAge, ReadinessBadge } from './node-readiness';

/** The charts bring Recharts: loaded when their place comes near the viewport. */
const NodeUsageCharts = dynamic(() => import('@/components/charts/node-usage-charts').then((m) => m.NodeUsageCharts), {
  ssr: false,
  loading: () => <Skeleton className="h-64 w-full" />,
});

export function NodeDetailView({ name, initial }: { name: string; initial?: FirstView<NodeDetail> }) {
  const query = useNodeDetail(name, initial);
  return (
    <Loadable
      query={query}
      errorTitle={`Node ${name} cannot be shown`}
      loading={<SkeletonStack label="Loading the node" blocks={['h-8 w-64', 'h-40 w-full rounded-lg', 'h-64 w-full rounded-lg']} />}
    >
      {(node) => <NodeDetailBody node={node} error={query.error} />}
    </Loadable>
  );
}

function NodeDetailBody({ node, error }: { node: NodeDetail; error: unknown }) {
  const now = useNow();
  const ready = node.conditions.find((c) => c.type === 'Ready');
  const internalIp = node.addresses.find((a) => a.type === 'InternalIP')?.address;
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <p className="text-sm text-muted">
          <Link href="/nodes" className="text-accent hover:underline">Nodes</Link> /
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-fg">{node.name}</h1>
          <ReadinessBadge readiness={node.readiness} unschedulable={node.unschedulable} />
          {node.roles.map((r) => <Badge key={r}>{r}</Badge>)}
        </div>
        <p className="text-sm text-muted">
          kubelet {node.versions.kubelet || '—'} · {node.system.osImage || 'unknown OS'} · {node.system.architecture || '—'}
          {internalIp ? ` · ${internalIp}` : ''}
          {node.createdAt ? ` · created ${humanDuration(now - Date.parse(node.createdAt))} ago` : ''}
        </p>
      </div>
      {error ? <Banner tone="warning" title="Stale data">the last refresh failed ({errorMessage(error)}); retrying.</Banner> : null}
      {node.readiness !== 'Ready' && ready ? (
        <Banner tone="danger" title={`Ready is ${ready.status}`}>
          {ready.reason ? `${ready.reason}: ` : ''}
          {ready.message ?? 'no message'}
        </Banner>
      ) : null}
      <FindingsFor kind="node" name={node.name} />
      <div className="grid gap-5 xl:grid-cols-2">
        <Section title="Versions and system">
          <NameValueList
            labelWidth="9rem"
            items={[
              ['Kubelet', <span key="k" className="font-mono text-xs">{node.versions.kubelet}</span>],
              [
                'Kube-proxy',
                node.versions.kubeProxy ? (
                  <span key="p">
                    <span className="font-mono text-xs">{node.versions.kubeProxy}</span>{' '}
                    <span className="text-xs text-subtle">
                      {node.versions.kubeProxySource === 'pod' ? '(image of the kube-proxy pod)' : '(nodeInfo, deprecated)'}
                    </span>
                  </span>
                ) : (
                  <span key="p" className="text-subtle">no kube-proxy pod on this node</span>
                ),
              ],
              ['Container runtime', <span key="r" className="font-mono text-xs">{node.versions.runtime}</span>],
              ['OS image', node.system.osImage],
              ['Kernel', <span key="kr" className="font-mono text-xs">{node.system.kernel}</span>],
              ['OS / arch', [node.system.operatingSystem, node.system.architecture].filter(Boolean).join(' / ')],
              ['Addresses', node.addresses.map((a) => `${a.type}: ${a.address}`).join(', ')],
              ['Pod CIDRs', node.podCIDRs.join(', ')],
              [
                'Heartbeat',
                node.lease?.renewTime ? (
                  <span key="h">
                    <HeartbeatAge renewedAtMs={Date.parse(node.lease.renewTime)} leaseSeconds={node.lease.durationSeconds} now={now} />{' '}
                    <span className="text-xs text-subtle">(Lease kube-node-lease/{node.name}, duration {node.lease.durationSeconds} s)</span>
                  </span>
                ) : (
                  <span key="h" className="text-subtle">no Lease in kube-node-lease</span>
                ),
              ],
            ]}
          />
        </Section>
        <Section title="Capacity and allocatable" isFlush>
          <ResourcesTable node={node} />
        </Section>
      </div>
      <Section title="Conditions" isFlush>
        <ConditionsTable node={node} now={now} />
      </Section>
      <section id="node-charts" aria-label="Usage charts">
        <WhenVisible placeholder={<Skeleton className="h-64 w-full" />}>
          <NodeUsageCharts nodeName={node.name} />
        </WhenVisible>
      </section>
      <Section title="kube-system pods on this node" count={node.pods.length} id="pods" isFlush>
        <PodsTable node={node} now={now} />
      </Section>
      <div className="grid gap-5 xl:grid-cols-2">
        <Section title="Taints" count={node.taints.length} id="taints">
          <Chips entries={node.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`)} empty="No taints: any pod may schedule here." />
        </Section>
        <Section title="Labels" count={Object.keys(node.labels).length} id="labels">
          <Chips entries={Object.entries(node.labels).map(([k, v]) => (v ? `${k}=${v}` : k))} empty="No labels." />
        </Section>
      </div>
      <Section title="Events" count={node.events.length} id="events" isFlush>
        {node.events.length === 0 ? (
          <p className="px-4 py-3 text-sm text-subtle">No kube-system events about this node or its pods are retained (events expire after an hour by default).</p>
        ) : (
          <EventList events={node.events} now={now} label={`Events about ${node.name}`} />
        )}
      </Section>
      <KubectlCommands
        commands={[
          { label: 'Describe the node', command: `kubectl describe node ${node.name}` },
          { label: 'kube-system pods on it', command: `kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=${node.name}` },
          { label: 'Its heartbeat Lease', command: `kubectl get lease -n kube-node-lease ${node.name} -o yaml` },
        ]}
      />
    </div>
  );
}
