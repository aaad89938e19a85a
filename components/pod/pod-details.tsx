/** PodDetails: the Details tab — facts, containers, conditions, scheduling, volumes, labels. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { PodDetail } from '@/lib/api/pod';
import { componentHref, nodeHref } from '@/lib/api/urls';
import { Badge } from '@/components/ui/badge';
import { DateTime, RelativeTime } from '@/components/ui/relative-time';
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
  const t = useTranslations('pod.details');
  return (
    <div className="space-y-4">
      <div className="grid gap-4 xl:grid-cols-2">
        <Section isCompact title={t('pod')}>
          <NameValueList
            items={[
              [t('namespace'), pod.namespace],
              [t('component'), pod.component ? <Link href={componentHref(pod.component.id)} className="text-accent hover:underline">{pod.component.name}</Link> : undefined],
              [t('controlledBy'), pod.owner ? `${pod.owner.kind}/${pod.owner.name}` : undefined],
              [t('workload'), pod.workload ? `${pod.workload.kind === 'static' ? t('staticPod') : pod.workload.kind} ${pod.workload.name}` : undefined],
              [t('node'), pod.node ? <Link href={nodeHref(pod.node)} className="font-mono text-accent hover:underline">{pod.node}</Link> : undefined],
              [t('podIp'), pod.podIPs.length ? <span className="font-mono">{pod.podIPs.join(', ')}</span> : pod.podIP],
              [t('hostIp'), pod.hostIP ? <span className="font-mono">{pod.hostIP}</span> : undefined],
              [t('qos'), pod.qosClass],
              [t('priority'), pod.priorityClassName ? `${pod.priorityClassName}${pod.priority !== undefined ? ` (${pod.priority})` : ''}` : pod.priority],
              [t('serviceAccount'), pod.serviceAccount],
              [t('phase'), `${pod.phase ?? 'Unknown'}${pod.reason ? ` · ${pod.reason}` : ''}`],
              [t('created'), pod.createdAt ? <span><DateTime iso={pod.createdAt} /> (<RelativeTime iso={pod.createdAt} />)</span> : undefined],
            ]}
          />
        </Section>
        <Section isCompact title={t('conditions')} count={pod.conditions.length}>
          {pod.conditions.length ? (
            <DataTable look={PLAIN_TABLE} columns={[t('type'), t('status'), t('reason'), t('since')]}>
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
            <SectionNote>{t('noConditions')}</SectionNote>
          )}
        </Section>
      </div>
      <Section isCompact title={t('containers')} count={pod.initContainers.length + pod.containers.length}>
        <div className="space-y-3">
          {[...pod.initContainers, ...pod.containers].map((c) => (
            <ContainerCard key={`${c.role}-${c.name}`} podName={pod.name} container={c} />
          ))}
        </div>
      </Section>
      <div className="grid gap-4 xl:grid-cols-2">
        <Section isCompact title={t('tolerations')} count={pod.tolerations.length}>
          {pod.tolerations.length ? (
            <ul className="space-y-1 font-mono text-xs text-fg">
              {pod.tolerations.map((tol, i) => (
                <li key={i}>
                  {tol.key ?? t('allTaints')}
                  {tol.operator === 'Equal' && tol.value ? `=${tol.value}` : tol.operator === 'Exists' ? ` ${t('exists')}` : ''}
                  {tol.effect ? `:${tol.effect}` : ''}
                  {tol.tolerationSeconds !== undefined ? ` ${t('forSeconds', { seconds: tol.tolerationSeconds })}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <SectionNote>{t('none')}</SectionNote>
          )}
          <h3 className="mb-1.5 mt-4 text-xs font-medium uppercase tracking-wide text-subtle">{t('nodeSelector')}</h3>
          <KeyValues values={pod.nodeSelector} empty={t('anyNode')} />
        </Section>
        <Section isCompact title={t('volumes')} count={pod.volumes.length}>
          {pod.volumes.length ? (
            <DataTable look={PLAIN_TABLE} columns={[t('name'), t('type'), t('source')]}>
              {pod.volumes.map((v) => (
                <tr key={v.name}>
                  <td className="font-mono text-xs text-fg">{v.name}</td>
                  <td className="text-muted">{v.type}</td>
                  <td className="break-all font-mono text-xs text-muted">{v.source ?? ''}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <SectionNote>{t('noVolumes')}</SectionNote>
          )}
        </Section>
      </div>
      <Section isCompact title={t('labels')} count={Object.keys(pod.labels).length}>
        <KeyValues values={pod.labels} empty={t('noLabels')} />
      </Section>
    </div>
  );
}
