/** PodDetails: the Details tab — facts, containers, conditions, scheduling, volumes, labels. */
import Link from 'next/link';
import type { PodDetail } from '@/lib/api/pod';
import { componentHref, nodeHref } from '@/lib/api/urls';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { DataTable, PLAIN_TABLE } from '@/components/ui/table';
import { ContainerCard } from './container-card';
import { NameValueList } from '@/components/ui/name-value-list';
import { Section, SectionNote } from '@/components/ui/section';

function KeyValues({ values, empty }: { values: Record<string, string>; empty: string }) {
  const entries = Object.entries(values);
  if (!entries.length) return <SectionNote>{empty}</SectionNote>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {entries.map(([k, v]) => (
        <li key={k}>
          <Badge isMono className="h-auto max-w-full whitespace-normal break-all py-0.5">
            {k}={v}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

export function PodDetails({ pod }: { pod: PodDetail }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 xl:grid-cols-2">
        <Section isCompact title="Pod">
          <NameValueList
            items={[
              ['Namespace', pod.namespace],
              ['Component', pod.component ? <Link href={componentHref(pod.component.id)} className="text-accent hover:underline">{pod.component.name}</Link> : undefined],
              ['Controlled by', pod.owner ? `${pod.owner.kind}/${pod.owner.name}` : undefined],
              ['Workload', pod.workload ? `${pod.workload.kind === 'static' ? 'static pod' : pod.workload.kind} ${pod.workload.name}` : undefined],
              ['Node', pod.node ? <Link href={nodeHref(pod.node)} className="font-mono text-accent hover:underline">{pod.node}</Link> : undefined],
              ['Pod IP', pod.podIPs.length ? <span className="font-mono">{pod.podIPs.join(', ')}</span> : pod.podIP],
              ['Host IP', pod.hostIP ? <span className="font-mono">{pod.hostIP}</span> : undefined],
              ['QoS class', pod.qosClass],
              ['Priority', pod.priorityClassName ? `${pod.priorityClassName}${pod.priority !== undefined ? ` (${pod.priority})` : ''}` : pod.priority],
              ['Service account', pod.serviceAccount],
              ['Phase', `${pod.phase ?? 'Unknown'}${pod.reason ? ` · ${pod.reason}` : ''}`],
              ['Created', pod.createdAt ? <span>{new Date(pod.createdAt).toLocaleString()} (<RelativeTime iso={pod.createdAt} />)</span> : undefined],
            ]}
          />
        </Section>
        <Section isCompact title="Conditions" count={pod.conditions.length}>
          {pod.conditions.length ? (
            <DataTable look={PLAIN_TABLE} columns={['Type', 'Status', 'Reason', 'Since']}>
              {pod.conditions.map((c) => (
                <tr key={c.type}>
                  <td className="text-fg">{c.type}</td>
                  <td className={c.status === 'True' ? 'text-ok' : 'text-warn'}>{c.status}</td>
                  <td className="text-muted">{c.reason ?? ''}{c.message ? <span className="block text-xs">{c.message}</span> : null}</td>
                  <td className="whitespace-nowrap text-muted">{c.lastTransitionTime ? <RelativeTime iso={c.lastTransitionTime} /> : ''}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <SectionNote>The kubelet has reported no conditions yet.</SectionNote>
          )}
        </Section>
      </div>
      <Section isCompact title="Containers" count={pod.initContainers.length + pod.containers.length}>
        <div className="space-y-3">
          {[...pod.initContainers, ...pod.containers].map((c) => (
            <ContainerCard key={`${c.role}-${c.name}`} podName={pod.name} container={c} />
          ))}
        </div>
      </Section>
      <div className="grid gap-4 xl:grid-cols-2">
        <Section isCompact title="Tolerations" count={pod.tolerations.length}>
          {pod.tolerations.length ? (
            <ul className="space-y-1 font-mono text-xs text-fg">
              {pod.tolerations.map((t, i) => (
                <li key={i}>
                  {t.key ?? '(all taints)'}
                  {t.operator === 'Equal' && t.value ? `=${t.value}` : t.operator === 'Exists' ? ' exists' : ''}
                  {t.effect ? `:${t.effect}` : ''}
                  {t.tolerationSeconds !== undefined ? ` for ${t.tolerationSeconds}s` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <SectionNote>None.</SectionNote>
          )}
          <h3 className="mb-1.5 mt-4 text-xs font-medium uppercase tracking-wide text-subtle">Node selector</h3>
          <KeyValues values={pod.nodeSelector} empty="None: any node that tolerates its taints." />
        </Section>
        <Section isCompact title="Volumes" count={pod.volumes.length}>
          {pod.volumes.length ? (
            <DataTable look={PLAIN_TABLE} columns={['Name', 'Type', 'Source']}>
              {pod.volumes.map((v) => (
                <tr key={v.name}>
                  <td className="font-mono text-xs text-fg">{v.name}</td>
                  <td className="text-muted">{v.type}</td>
                  <td className="break-all font-mono text-xs text-muted">{v.source ?? ''}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <SectionNote>No volumes.</SectionNote>
          )}
        </Section>
      </div>
      <Section isCompact title="Labels" count={Object.keys(pod.labels).length}>
        <KeyValues values={pod.labels} empty="No labels." />
      </Section>
    </div>
  );
}
