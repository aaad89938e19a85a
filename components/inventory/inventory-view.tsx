'use client';
/** InventoryView: `kubectl get all -n kube-system` plus ConfigMaps, ServiceAccounts and NetworkPolicies, one section per kind with a jump list. */
import type { ReactNode } from 'react';
import type { InventoryResponse } from '@/lib/api/inventory';
import { useHashScroll } from '@/lib/hooks/use-hash-scroll';
import { useInventory } from '@/lib/hooks/use-inventory';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { shortReason, UnavailableNotice } from '@/components/layout/unavailable-notice';
import { Banner } from '@/components/ui/banner';
import { errorMessage, Loadable } from '@/components/ui/loadable';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';
import { ConfigMapTable, NetworkPolicyTable, ServiceAccountList, ServiceTable, WorkloadTable } from './inventory-tables';

interface Kind {
  id: string;
  title: string;
  count: number;
  body: ReactNode;
  /** Why there are none, when "No <title> in kube-system." says too little. */
  empty?: string;
  /** Not served or forbidden: the count is unknown, not 0. */
  isUnknown?: boolean;
}

/** One section per kind, in `kubectl get all` order, then the objects it leaves out; unreadable kinds say why. */
function kindsOf(data: InventoryResponse, now: number): Kind[] {
  const kinds: Kind[] = [
    { id: 'deployments', title: 'Deployments', count: data.deployments.length, body: <WorkloadTable rows={data.deployments} now={now} kind="Deployment" /> },
    { id: 'daemonsets', title: 'DaemonSets', count: data.daemonSets.length, body: <WorkloadTable rows={data.daemonSets} now={now} kind="DaemonSet" /> },
    { id: 'replicasets', title: 'ReplicaSets', count: data.replicaSets.length, body: <WorkloadTable rows={data.replicaSets} now={now} kind="ReplicaSet" /> },
    { id: 'services', title: 'Services', count: data.services.length, body: <ServiceTable rows={data.services} now={now} /> },
    { id: 'configmaps', title: 'ConfigMaps', count: data.configMaps.length, body: <ConfigMapTable rows={data.configMaps} now={now} /> },
    { id: 'serviceaccounts', title: 'ServiceAccounts', count: data.serviceAccounts.length, body: <ServiceAccountList rows={data.serviceAccounts} /> },
    {
      id: 'networkpolicies',
      title: 'NetworkPolicies',
      count: data.networkPolicies.length,
      body: <NetworkPolicyTable rows={data.networkPolicies} now={now} />,
      empty: 'No NetworkPolicies in kube-system: every pod accepts traffic from anywhere.',
    },
  ];
  return kinds.map((kind) => {
    const u = data.unavailable.find((k) => k.kind === kind.id);
    if (!u) return kind;
    return { ...kind, isUnknown: true, empty: `Unknown: ${u.reason === 'forbidden' ? 'the dashboard may not list them' : shortReason(u)}.` };
  });
}

export function InventoryView() {
  const query = useInventory();
  // The rows arrive after the first paint: scroll to the #anchor the link named once they exist.
  useHashScroll(Boolean(query.data));
  return (
    <Loadable
      query={query}
      errorTitle="The inventory cannot be read"
      loading={<SkeletonStack label="Loading the inventory" blocks={['h-8 w-48', 'h-64 w-full rounded-lg']} />}
    >
      {(data) => <InventoryBody data={data} error={query.error} />}
    </Loadable>
  );
}

function InventoryBody({ data, error }: { data: InventoryResponse; error: unknown }) {
  const now = useNow(15_000);
  const kinds = kindsOf(data, now);
  return (
    <div className="space-y-5">
      <PageHeader title="Inventory">Everything in kube-system: {data.pods.toLocaleString('en-US')} pods (see the components and nodes), and the objects below.</PageHeader>
      {error ? <Banner tone="warning" title="Stale data">the last refresh failed ({errorMessage(error)}); retrying.</Banner> : null}
      <UnavailableNotice kinds={data.unavailable} />
      <nav aria-label="Kinds" className="flex flex-wrap gap-2">
        {kinds.map(({ id, title, count, isUnknown }) => (
          <a key={id} href={`#${id}`} className="rounded-md border border-line bg-surface px-2.5 py-1 text-sm text-muted hover:bg-surface-2 hover:text-fg">
            {title} <span className="text-subtle">{isUnknown ? '—' : count}</span>
          </a>
        ))}
      </nav>
      {kinds.map(({ id, title, count, body, empty, isUnknown }) => (
        <Section key={id} id={id} title={title} count={isUnknown ? 'unknown' : count} isFlush>
          {count === 0 ? <p className="px-4 py-3 text-sm text-subtle">{empty ?? `No ${title} in kube-system.`}</p> : <div className="overflow-x-auto">{body}</div>}
        </Section>
      ))}
      <KubectlCommands
        commands={[
          { label: 'Workloads, pods and services', command: 'kubectl get all -n kube-system' },
          { label: 'ConfigMaps, accounts, policies', command: 'kubectl get configmaps,serviceaccounts,networkpolicies -n kube-system' },
          { label: 'A policy in full', command: 'kubectl describe networkpolicy -n kube-system' },
        ]}
      />
    </div>
  );
}
