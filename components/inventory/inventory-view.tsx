'use client';
/** InventoryView: `kubectl get all -n kube-system` plus ConfigMaps, ServiceAccounts and NetworkPolicies, one section per kind with a jump list. */
import { useEffect } from 'react';
import { useInventory } from '@/lib/hooks/use-inventory';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { shortReason, UnavailableNotice } from '@/components/layout/unavailable-notice';
import { Banner } from '@/components/ui/banner';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { ConfigMapTable, KindSection, NetworkPolicyTable, ServiceAccountList, ServiceTable, WorkloadTable } from './inventory-tables';

const SECTIONS = [
  ['deployments', 'Deployments'],
  ['daemonsets', 'DaemonSets'],
  ['replicasets', 'ReplicaSets'],
  ['services', 'Services'],
  ['configmaps', 'ConfigMaps'],
  ['serviceaccounts', 'ServiceAccounts'],
  ['networkpolicies', 'NetworkPolicies'],
] as const;

export function InventoryView() {
  const { data, error, isValidating, mutate } = useInventory();
  const now = useNow(15_000);
  const hasData = Boolean(data);
  // The rows arrive after the first paint: scroll to the #anchor the link named once they exist.
  useEffect(() => {
    if (!hasData || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [hasData]);
  if (!data && error) return <ErrorPanel title="The inventory cannot be read" message={error.message} onRetry={() => void mutate()} isRetrying={isValidating} />;
  if (!data) {
    return (
      <div className="space-y-4" role="status" aria-label="Loading the inventory">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-64 w-full rounded-lg" />
      </div>
    );
  }
  const isUnknown = (kind: string) => data.unavailable.some((k) => k.kind === kind);
  const whyEmpty = (kind: string) => {
    const u = data.unavailable.find((k) => k.kind === kind);
    return u ? `Unknown: ${u.reason === 'forbidden' ? 'the dashboard may not list them' : shortReason(u)}.` : undefined;
  };
  const counts: Record<string, number> = {
    deployments: data.deployments.length,
    daemonsets: data.daemonSets.length,
    replicasets: data.replicaSets.length,
    services: data.services.length,
    configmaps: data.configMaps.length,
    serviceaccounts: data.serviceAccounts.length,
    networkpolicies: data.networkPolicies.length,
  };
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Inventory</h1>
        <p className="text-sm text-muted">
          Everything in kube-system: {data.pods.toLocaleString('en-US')} pods (see the components and nodes), and the objects below.
        </p>
      </div>
      {error ? <Banner tone="warning" title="Stale data">the last refresh failed ({error.message}); retrying.</Banner> : null}
      <UnavailableNotice kinds={data.unavailable} />
      <nav aria-label="Kinds" className="flex flex-wrap gap-2">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`} className="rounded-md border border-line bg-surface px-2.5 py-1 text-sm text-muted hover:bg-surface-2 hover:text-fg">
            {label} <span className="text-subtle">{isUnknown(id) ? '—' : counts[id]}</span>
          </a>
        ))}
      </nav>
      <KindSection id="deployments" empty={whyEmpty('deployments')} isUnknown={isUnknown('deployments')} title="Deployments" count={data.deployments.length}>
        <WorkloadTable rows={data.deployments} now={now} kind="Deployment" />
      </KindSection>
      <KindSection id="daemonsets" empty={whyEmpty('daemonsets')} isUnknown={isUnknown('daemonsets')} title="DaemonSets" count={data.daemonSets.length}>
        <WorkloadTable rows={data.daemonSets} now={now} kind="DaemonSet" />
      </KindSection>
      <KindSection id="replicasets" empty={whyEmpty('replicasets')} isUnknown={isUnknown('replicasets')} title="ReplicaSets" count={data.replicaSets.length}>
        <WorkloadTable rows={data.replicaSets} now={now} kind="ReplicaSet" />
      </KindSection>
      <KindSection id="services" empty={whyEmpty('services')} isUnknown={isUnknown('services')} title="Services" count={data.services.length}>
        <ServiceTable rows={data.services} now={now} />
      </KindSection>
      <KindSection id="configmaps" empty={whyEmpty('configmaps')} isUnknown={isUnknown('configmaps')} title="ConfigMaps" count={data.configMaps.length}>
        <ConfigMapTable rows={data.configMaps} now={now} />
      </KindSection>
      <KindSection id="serviceaccounts" empty={whyEmpty('serviceaccounts')} isUnknown={isUnknown('serviceaccounts')} title="ServiceAccounts" count={data.serviceAccounts.length}>
        <ServiceAccountList rows={data.serviceAccounts} />
      </KindSection>
      <KindSection id="networkpolicies" title="NetworkPolicies" count={data.networkPolicies.length} isUnknown={isUnknown('networkpolicies')} empty={whyEmpty('networkpolicies') ?? 'No NetworkPolicies in kube-system: every pod accepts traffic from anywhere.'}>
        <NetworkPolicyTable rows={data.networkPolicies} now={now} />
      </KindSection>
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
