/**
 * ComponentView: the component page in the order a person reads it — status and reasons, its findings,
 * health evidence, pods (or nodes) and coverage, usage, logs, events; then the specs (containers, flags,
 * probes, resources, volumes, related objects) and kubectl.
 */
import { useTranslations } from 'next-intl';
import type { ComponentDetailResponse } from '@/lib/api/component';
import { FindingsFor } from '@/components/findings/findings-for';
import { FreshnessBanner } from '@/components/layout/freshness-banner';
import { ChartsSlot } from './charts-slot';
import { ComponentHeader } from './component-header';
import { ContainersSection, FlagsSection } from './containers-section';
import { ControlPlaneSection } from './control-plane-section';
import { CoverageSection } from './coverage-section';
import { EventsSection } from './events-section';
import { KubectlSection } from './kubectl-section';
import { LogsSection } from './logs-section';
import { NodesSection } from './nodes-section';
import { PodsSection } from './pods-section';
import { ProbesSection, ResourcesSection } from './probes-resources';
import { RelatedSection } from './related-section';
import { VolumesSection } from './volumes-section';

export interface ComponentViewProps {
  data: ComponentDetailResponse;
  /** The latest refresh failed and `data` is the previous answer. */
  error?: unknown;
  pageHref: (podPage: number) => string;
}

type JumpLabel = 'health' | 'nodes' | 'pods' | 'coverage' | 'usage' | 'logs' | 'events' | 'containers' | 'flags' | 'probes' | 'resources' | 'volumes' | 'related' | 'kubectl';

function jumpLinks(data: ComponentDetailResponse): [string, JumpLabel][] {
  const hasSpecs = data.specs.length > 0;
  const links: [string, JumpLabel | false][] = [
    ['health-evidence', Boolean(data.controlPlane) && 'health'],
    ['nodes', Boolean(data.nodes) && 'nodes'],
    ['pods', !data.nodes && 'pods'],
    ['coverage', data.coverage.length > 0 && 'coverage'],
    ['charts', 'usage'],
    ['logs', 'logs'],
    ['events', 'events'],
    ['containers', hasSpecs && 'containers'],
    ['flags', hasSpecs && 'flags'],
    ['probes', hasSpecs && 'probes'],
    ['resources', hasSpecs && 'resources'],
    ['volumes', data.specs.some((s) => s.volumes.length > 0) && 'volumes'],
    ['related', !data.nodes && 'related'],
    ['kubectl', 'kubectl'],
  ];
  return links.filter((l): l is [string, JumpLabel] => Boolean(l[1]));
}

export function ComponentView({ data, error, pageHref }: ComponentViewProps) {
  const t = useTranslations('component');
  return (
    <div className="space-y-5">
      <ComponentHeader data={data} />
      <FreshnessBanner freshness={data.freshness} generatedAt={data.generatedAt} hasError={Boolean(error)} />
      <nav aria-label={t('onThisPage')} className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {jumpLinks(data).map(([id, label]) => (
          <a key={id} href={`#${id}`} className="text-accent hover:underline">
            {t(`jump.${label}`)}
          </a>
        ))}
      </nav>
      <FindingsFor kind="component" name={data.component.id} />
      {data.controlPlane ? <ControlPlaneSection health={data.controlPlane} /> : null}
      {data.nodes ? <NodesSection nodes={data.nodes} /> : <PodsSection pods={data.pods} workloads={data.workloads} pageHref={pageHref} />}
      <CoverageSection coverage={data.coverage} />
      <ChartsSlot />
      <LogsSection
        id={data.component.id}
        podCount={data.component.podCount}
        noPodsNote={data.nodes ? t('kubeletNoLogs') : t('noPodLogs')}
      />
      <EventsSection
        events={data.events.items}
        total={data.events.total}
        emptyNote={data.nodes ? t('kubeletNoEvents') : undefined}
      />
      <ContainersSection specs={data.specs} />
      <FlagsSection specs={data.specs} />
      <ProbesSection specs={data.specs} />
      <ResourcesSection specs={data.specs} />
      <VolumesSection specs={data.specs} />
      {data.nodes ? null : <RelatedSection services={data.services} configMaps={data.configMaps} />}
      <KubectlSection commands={data.kubectl} />
    </div>
  );
}
