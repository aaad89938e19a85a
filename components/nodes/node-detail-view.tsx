'use client';
/** NodeDetailView: one node — status, versions, system, conditions, capacity, taints, labels, Lease, kube-system pods, events, kubectl. */
import Link from 'next/link';
import { FindingsFor } from '@/components/findings/findings-for';
import type { ReactNode } from 'react';
import type { NodeDetail } from '@/lib/api/nodes';
import { NodeUsageCharts } from '@/components/charts/node-usage-charts';
import { componentHref, podHref } from '@/lib/api/urls';
import { humanDuration } from '@/lib/model/duration';
import { useNodeDetail } from '@/lib/hooks/use-nodes';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { EventList, ago } from '@/components/events/event-list';
import { Badge } from '@/components/ui/badge';
import { Banner } from '@/components/ui/banner';
import { Card, CardHeader } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { DataTable } from '@/components/ui/table';
import { HeartbeatAge, ReadinessBadge } from './node-readiness';

function Section({ title, children, actions, id }: { title: string; children: ReactNode; actions?: ReactNode; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <Card aria-labelledby={headingId} role="region">
      <CardHeader>
        <h2 id={headingId} className="text-sm font-semibold text-fg">
          {title}
        </h2>
        {actions}
      </CardHeader>
      {children}
    </Card>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1.5 px-4 py-3 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd className="min-w-0 break-words text-fg">{value || <span className="text-subtle">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

const TH = 'px-4 py-2 text-left text-xs font-medium text-muted';
const TD = 'px-4 py-2 align-top';
const LOOK = { table: 'w-full text-sm', head: 'border-b border-line bg-surface-2', th: TH };

function ConditionsTable({ node, now }: { node: NodeDetail; now: number }) {
  return (
    <DataTable look={LOOK} columns={['Condition', 'Status', 'Reason', 'Message', 'Last transition']} className="overflow-x-auto">
      {node.conditions.map((c) => (
        <tr key={c.type} className="border-b border-line last:border-b-0">
          <th scope="row" className={cx(TD, 'text-left font-medium')}>
            {c.type}
          </th>
          <td className={cx(TD, 'font-medium', c.isProblem ? 'text-bad' : 'text-ok')}>{c.status}</td>
          <td className={cx(TD, 'text-muted')}>{c.reason ?? '—'}</td>
          <td className={TD}>{c.message ?? '—'}</td>
          <td className={cx(TD, 'whitespace-nowrap text-muted')}>
            <time dateTime={c.lastTransitionTime} title={c.lastTransitionTime}>
              {ago(c.lastTransitionTime, now)}
            </time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function ResourcesTable({ node }: { node: NodeDetail }) {
  return (
    <DataTable look={LOOK} columns={['Resource', { label: 'Capacity', className: 'text-right' }, { label: 'Allocatable', className: 'text-right' }]}>
      {node.resources.map((r) => (
        <tr key={r.name} className="border-b border-line last:border-b-0">
          <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-normal')}>{r.name}</th>
          <td className={cx(TD, 'text-right')} title={r.capacity}>{r.capacityText}</td>
          <td className={cx(TD, 'text-right')} title={r.allocatable}>{r.allocatableText}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function PodsTable({ node, now }: { node: NodeDetail; now: number }) {
  if (node.pods.length === 0) return <EmptyState className="m-4" title="No kube-system pods on this node" description="DaemonSets that tolerate this node's taints would place pods here." />;
  return (
    <DataTable look={LOOK} columns={['Pod', 'Component', 'Ready', 'Status', 'Restarts', 'IP', 'Age']} className="overflow-x-auto">
      {node.pods.map((p) => (
        <tr key={p.name} className="border-b border-line last:border-b-0">
          <td className={TD}>
            <Link href={podHref(p.name)} className="font-medium text-accent hover:underline">{p.name}</Link>
          </td>
          <td className={TD}>
            <Link href={componentHref(p.componentId)} className="text-accent hover:underline">{p.componentName}</Link>
          </td>
          <td className={cx(TD, p.isReady ? 'text-fg' : 'text-bad')}>{p.ready}</td>
          <td className={cx(TD, p.status === 'Running' || p.status === 'Completed' ? 'text-fg' : 'font-medium text-bad')}>{p.status}</td>
          <td className={cx(TD, p.restarts > 0 ? 'text-warn' : 'text-muted')}>{p.restarts}</td>
          <td className={cx(TD, 'font-mono text-xs text-muted')}>{p.ip ?? '—'}</td>
          <td className={cx(TD, 'text-muted')}>{p.createdAt ? humanDuration(now - Date.parse(p.createdAt)) : '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function Chips({ entries, empty }: { entries: string[]; empty: string }) {
  if (entries.length === 0) return <p className="px-4 py-3 text-sm text-subtle">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5 px-4 py-3">
      {entries.map((e) => (
        <li key={e}>
          <Badge isMono className="h-auto whitespace-normal break-all py-0.5">{e}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function NodeDetailView({ name }: { name: string }) {
  const { data: node, error, isValidating, mutate } = useNodeDetail(name);
  const now = useNow();
  if (!node && error) return <ErrorPanel title={`Node ${name} cannot be shown`} message={error.message} onRetry={() => void mutate()} isRetrying={isValidating} />;
  if (!node) {
    return (
      <div className="space-y-4" role="status" aria-label="Loading the node">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-40 w-full rounded-lg" />
        <Skeleton className="h-64 w-full rounded-lg" />
      </div>
    );
  }
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
      {error ? <Banner tone="warning" title="Stale data">the last refresh failed ({error.message}); retrying.</Banner> : null}
      {node.readiness !== 'Ready' && ready ? (
        <Banner tone="danger" title={`Ready is ${ready.status}`}>
          {ready.reason ? `${ready.reason}: ` : ''}
          {ready.message ?? 'no message'}
        </Banner>
      ) : null}
      <FindingsFor kind="node" name={node.name} />
      <div className="grid gap-5 xl:grid-cols-2">
        <Section title="Versions and system">
          <Facts
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
        <Section title="Capacity and allocatable">
          <ResourcesTable node={node} />
        </Section>
      </div>
      <Section title="Conditions">
        <ConditionsTable node={node} now={now} />
      </Section>
      <section id="node-charts" aria-label="Usage charts">
        <NodeUsageCharts nodeName={node.name} />
      </section>
      <Section title={`kube-system pods on this node (${node.pods.length})`} id="pods">
        <PodsTable node={node} now={now} />
      </Section>
      <div className="grid gap-5 xl:grid-cols-2">
        <Section title={`Taints (${node.taints.length})`} id="taints">
          <Chips entries={node.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`)} empty="No taints: any pod may schedule here." />
        </Section>
        <Section title={`Labels (${Object.keys(node.labels).length})`} id="labels">
          <Chips entries={Object.entries(node.labels).map(([k, v]) => (v ? `${k}=${v}` : k))} empty="No labels." />
        </Section>
      </div>
      <Section title={`Events (${node.events.length})`} id="events">
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
