'use client';
/** NodeDetailView: one node — status, versions, system, conditions, capacity, taints, labels, Lease, kube-system pods, events, kubectl. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { NodeUsageCharts } from '@/components/charts/node-usage-charts';
import { FindingsFor } from '@/components/findings/findings-for';
import type { FirstView } from '@/lib/api/conditional';
import type { NodeDetail } from '@/lib/api/nodes';
import { useNodeDetail } from '@/lib/hooks/use-nodes';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { EventList } from '@/components/events/event-list';
import { Badge } from '@/components/ui/badge';
import { Banner } from '@/components/ui/banner';
import { Gone } from '@/components/not-found/gone';
import { Loadable } from '@/components/ui/loadable';
import { useErrorText } from '@/components/ui/error-text';
import { NameValueList } from '@/components/ui/name-value-list';
import { useFormatAge } from '@/components/ui/relative-time';
import { Section } from '@/components/ui/section';
import { WhenVisible } from '@/components/ui/when-visible';
import { Skeleton, SkeletonStack } from '@/components/ui/skeleton';
import { Chips, ConditionsTable, PodsTable, ResourcesTable } from './node-detail-tables';
import { HeartbeatAge, ReadinessBadge } from './node-readiness';

export function NodeDetailView({ name, initial }: { name: string; initial?: FirstView<NodeDetail> }) {
  const t = useTranslations('nodes.detail');
  const query = useNodeDetail(name, initial);
  return (
    <Loadable
      query={query}
      errorTitle={t('cannotShow', { name })}
      loading={<SkeletonStack label={t('loading')} blocks={['h-8 w-64', 'h-40 w-full rounded-lg', 'h-64 w-full rounded-lg']} />}
      notFound={<Gone />}
    >
      {(node) => <NodeDetailBody node={node} error={query.error} />}
    </Loadable>
  );
}

function NodeDetailBody({ node, error }: { node: NodeDetail; error: unknown }) {
  const t = useTranslations('nodes');
  const errorText = useErrorText();
  const formatAge = useFormatAge();
  const now = useNow();
  const ready = node.conditions.find((c) => c.type === 'Ready');
  const internalIp = node.addresses.find((a) => a.type === 'InternalIP')?.address;
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <p className="text-sm text-muted">
          <Link href="/nodes" className="text-accent hover:underline">{t('detail.breadcrumb')}</Link> /
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-fg">{node.name}</h1>
          <ReadinessBadge readiness={node.readiness} unschedulable={node.unschedulable} />
          {node.roles.map((r) => <Badge key={r}>{r}</Badge>)}
        </div>
        <p className="text-sm text-muted">
          kubelet {node.versions.kubelet || '—'} · {node.system.osImage || t('detail.unknownOs')} · {node.system.architecture || '—'}
          {internalIp ? ` · ${internalIp}` : ''}
          {node.createdAt ? ` · ${t('detail.created', { age: formatAge(now - Date.parse(node.createdAt)) })}` : ''}
        </p>
      </div>
      {error ? <Banner tone="warning" title={t('stale.title')}>{t('stale.text', { error: errorText(error).message })}</Banner> : null}
      {node.readiness !== 'Ready' && ready ? (
        <Banner tone="danger" title={t('detail.readyIs', { status: ready.status })}>
          {ready.reason ? `${ready.reason}: ` : ''}
          {ready.message ?? t('detail.noMessage')}
        </Banner>
      ) : null}
      <FindingsFor kind="node" name={node.name} />
      <div className="grid gap-5 xl:grid-cols-2">
        <Section title={t('detail.versionsTitle')}>
          <NameValueList
            labelWidth="9rem"
            items={[
              [t('detail.kubelet'), <span key="k" className="font-mono text-xs">{node.versions.kubelet}</span>],
              [
                t('detail.kubeProxy'),
                node.versions.kubeProxy ? (
                  <span key="p">
                    <span className="font-mono text-xs">{node.versions.kubeProxy}</span>{' '}
                    <span className="text-xs text-subtle">
                      {node.versions.kubeProxySource === 'pod' ? t('detail.proxyFromPod') : t('detail.proxyFromNodeInfo')}
                    </span>
                  </span>
                ) : (
                  <span key="p" className="text-subtle">{t('detail.noProxyPod')}</span>
                ),
              ],
              [t('detail.runtime'), <span key="r" className="font-mono text-xs">{node.versions.runtime}</span>],
              [t('detail.osImage'), node.system.osImage],
              [t('detail.kernel'), <span key="kr" className="font-mono text-xs">{node.system.kernel}</span>],
              [t('detail.osArch'), [node.system.operatingSystem, node.system.architecture].filter(Boolean).join(' / ')],
              [t('detail.addresses'), node.addresses.map((a) => `${a.type}: ${a.address}`).join(', ')],
              [t('detail.podCidrs'), node.podCIDRs.join(', ')],
              [
                t('detail.heartbeat'),
                node.lease?.renewTime ? (
                  <span key="h">
                    <HeartbeatAge renewedAtMs={Date.parse(node.lease.renewTime)} leaseSeconds={node.lease.durationSeconds} now={now} />{' '}
                    <span className="text-xs text-subtle">{t('detail.leaseDetail', { name: node.name, seconds: node.lease.durationSeconds })}</span>
                  </span>
                ) : (
                  <span key="h" className="text-subtle">{t('detail.noLease')}</span>
                ),
              ],
            ]}
          />
        </Section>
        <Section title={t('detail.capacityTitle')} isFlush>
          <ResourcesTable node={node} />
        </Section>
      </div>
      <Section title={t('detail.conditionsTitle')} isFlush>
        <ConditionsTable node={node} now={now} />
      </Section>
      <section id="node-charts" aria-label={t('detail.usageCharts')}>
        {/* In the first screen, so their chunk (Recharts) is imported statically and the page's HTML asks for
            it beside its other chunks; they mount once near the viewport, and the server renders the placeholder. */}
        <WhenVisible placeholder={<Skeleton className="h-64 w-full" />}>
          <NodeUsageCharts nodeName={node.name} />
        </WhenVisible>
      </section>
      <Section title={t('detail.podsTitle')} count={node.pods.length} id="pods" isFlush>
        <PodsTable node={node} now={now} />
      </Section>
      <div className="grid gap-5 xl:grid-cols-2">
        <Section title={t('detail.taints')} count={node.taints.length} id="taints">
          <Chips entries={node.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`)} empty={t('detail.noTaints')} />
        </Section>
        <Section title={t('detail.labels')} count={Object.keys(node.labels).length} id="labels">
          <Chips entries={Object.entries(node.labels).map(([k, v]) => (v ? `${k}=${v}` : k))} empty={t('detail.noLabels')} />
        </Section>
      </div>
      <Section title={t('detail.events')} count={node.events.length} id="events" isFlush>
        {node.events.length === 0 ? (
          <p className="px-4 py-3 text-sm text-subtle">{t('detail.noEvents')}</p>
        ) : (
          <EventList events={node.events} now={now} label={t('detail.eventsAbout', { name: node.name })} />
        )}
      </Section>
      <KubectlCommands
        commands={[
          { label: t('detail.kubectlDescribe'), command: `kubectl describe node ${node.name}` },
          { label: t('detail.kubectlPods'), command: `kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=${node.name}` },
          { label: t('detail.kubectlLease'), command: `kubectl get lease -n kube-node-lease ${node.name} -o yaml` },
        ]}
      />
    </div>
  );
}
