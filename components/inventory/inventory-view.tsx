'use client';
/** InventoryView: `kubectl get all -n kube-system` plus ConfigMaps, ServiceAccounts and NetworkPolicies, one section per kind with a jump list. */
import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { InventoryResponse } from '@/lib/api/inventory';
import { useHashScroll } from '@/lib/hooks/use-hash-scroll';
import { useInventory } from '@/lib/hooks/use-inventory';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { isNotCaptured, UnavailableNotice } from '@/components/layout/unavailable-notice';
import { Banner } from '@/components/ui/banner';
import { Loadable } from '@/components/ui/loadable';
import { useErrorText } from '@/components/ui/error-text';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';
import { ConfigMapTable, NetworkPolicyTable, ServiceAccountList, ServiceTable, WorkloadTable } from './inventory-tables';

interface Kind {
  id: string;
  title: string;
  count: number;
  body: ReactNode;
  /** Why there are none, when "No <title> in kube-system." says too little (in the reader's language). */
  empty?: string;
  /** Not served or forbidden: the count is unknown, not 0. */
  isUnknown?: boolean;
}

/** One section per kind, in `kubectl get all` order, then the objects it leaves out; unreadable kinds say why. */
function kindsOf(t: ReturnType<typeof useTranslations<'inventory'>>, data: InventoryResponse, now: number): Kind[] {
  const kinds: Kind[] = [
    { id: 'deployments', title: t('kind.deployments'), count: data.deployments.length, body: <WorkloadTable rows={data.deployments} now={now} kind="Deployment" /> },
    { id: 'daemonsets', title: t('kind.daemonsets'), count: data.daemonSets.length, body: <WorkloadTable rows={data.daemonSets} now={now} kind="DaemonSet" /> },
    { id: 'replicasets', title: t('kind.replicasets'), count: data.replicaSets.length, body: <WorkloadTable rows={data.replicaSets} now={now} kind="ReplicaSet" /> },
    { id: 'services', title: t('kind.services'), count: data.services.length, body: <ServiceTable rows={data.services} now={now} /> },
    { id: 'configmaps', title: t('kind.configmaps'), count: data.configMaps.length, body: <ConfigMapTable rows={data.configMaps} now={now} /> },
    { id: 'serviceaccounts', title: t('kind.serviceaccounts'), count: data.serviceAccounts.length, body: <ServiceAccountList rows={data.serviceAccounts} /> },
    {
      id: 'networkpolicies',
      title: t('kind.networkpolicies'),
      count: data.networkPolicies.length,
      body: <NetworkPolicyTable rows={data.networkPolicies} now={now} />,
      empty: t('noNetworkPolicies'),
    },
  ];
  return kinds.map((kind) => {
    const u = data.unavailable.find((k) => k.kind === kind.id);
    if (!u) return kind;
    const why = u.reason === 'forbidden' ? 'forbidden' : isNotCaptured(u) ? 'notCaptured' : 'notServed';
    return { ...kind, isUnknown: true, empty: t(`unknown.${why}`) };
  });
}

export function InventoryView() {
  const t = useTranslations('inventory');
  const query = useInventory();
  // The rows arrive after the first paint: scroll to the #anchor the link named once they exist.
  useHashScroll(Boolean(query.data));
  return (
    <Loadable
      query={query}
      errorTitle={t('cannotRead')}
      loading={<SkeletonStack label={t('loading')} blocks={['h-8 w-48', 'h-64 w-full rounded-lg']} />}
    >
      {(data) => <InventoryBody data={data} error={query.error} />}
    </Loadable>
  );
}

function InventoryBody({ data, error }: { data: InventoryResponse; error: unknown }) {
  const t = useTranslations('inventory');
  const errorText = useErrorText();
  const format = useFormatter();
  const now = useNow(15_000);
  const kinds = kindsOf(t, data, now);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')}>{t('description', { pods: format.number(data.pods) })}</PageHeader>
      {error ? <Banner tone="warning" title={t('staleTitle')}>{t('stale', { error: errorText(error).message })}</Banner> : null}
      <UnavailableNotice kinds={data.unavailable} />
      <nav aria-label={t('kinds')} className="flex flex-wrap gap-2">
        {kinds.map(({ id, title, count, isUnknown }) => (
          <a key={id} href={`#${id}`} className="rounded-md border border-line bg-surface px-2.5 py-1 text-sm text-muted hover:bg-surface-2 hover:text-fg">
            {title} <span className="text-subtle">{isUnknown ? '—' : count}</span>
          </a>
        ))}
      </nav>
      {kinds.map(({ id, title, count, body, empty, isUnknown }) => (
        <Section key={id} id={id} title={title} count={isUnknown ? undefined : count} meta={isUnknown ? t('unknownCount') : undefined} isFlush>
          {count === 0 ? <p className="px-4 py-3 text-sm text-subtle">{empty ?? t('none', { kind: title })}</p> : <div className="overflow-x-auto">{body}</div>}
        </Section>
      ))}
      <KubectlCommands
        title={t('kubectl.title')}
        commands={[
          { label: t('kubectl.all'), command: 'kubectl get all -n kube-system' },
          { label: t('kubectl.others'), command: 'kubectl get configmaps,serviceaccounts,networkpolicies -n kube-system' },
          { label: t('kubectl.policy'), command: 'kubectl describe networkpolicy -n kube-system' },
        ]}
      />
    </div>
  );
}
