/** ComponentView: the whole component page from its detail DTO, section by section. */
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

function jumpLinks(data: ComponentDetailResponse): [string, string][] {
  const hasSpecs = data.specs.length > 0;
  const links: [string, string | false][] = [
    ['health-evidence', Boolean(data.controlPlane) && 'Health'],
    ['nodes', Boolean(data.nodes) && 'Nodes'],
    ['pods', !data.nodes && 'Pods'],
    ['coverage', data.coverage.length > 0 && 'Coverage'],
    ['containers', hasSpecs && 'Containers'],
    ['flags', hasSpecs && 'Flags'],
    ['probes', hasSpecs && 'Probes'],
    ['resources', hasSpecs && 'Resources'],
    ['volumes', data.specs.some((s) => s.volumes.length > 0) && 'Volumes'],
    ['related', !data.nodes && 'Services & ConfigMaps'],
    ['events', 'Events'],
    ['charts', 'Usage'],
    ['kubectl', 'kubectl'],
  ];
  return links.filter((l): l is [string, string] => Boolean(l[1]));
}

export function ComponentView({ data, error, pageHref }: ComponentViewProps) {
  return (
    <div className="space-y-5">
      <ComponentHeader data={data} />
      <FreshnessBanner freshness={data.freshness} generatedAt={data.generatedAt} hasError={Boolean(error)} />
      <nav aria-label="On this page" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {jumpLinks(data).map(([id, label]) => (
          <a key={id} href={`#${id}`} className="text-accent hover:underline">
            {label}
          </a>
        ))}
      </nav>
      <FindingsFor kind="component" name={data.component.id} />
      {data.controlPlane ? <ControlPlaneSection health={data.controlPlane} /> : null}
      {data.nodes ? <NodesSection nodes={data.nodes} /> : <PodsSection pods={data.pods} workloads={data.workloads} pageHref={pageHref} />}
      <CoverageSection coverage={data.coverage} />
      <ContainersSection specs={data.specs} />
      <FlagsSection specs={data.specs} />
      <ProbesSection specs={data.specs} />
      <ResourcesSection specs={data.specs} />
      <VolumesSection specs={data.specs} />
      {data.nodes ? null : <RelatedSection services={data.services} configMaps={data.configMaps} />}
      <EventsSection
        events={data.events.items}
        total={data.events.total}
        emptyNote={data.nodes ? "The kubelet has no pods in kube-system; each node's events are on its node page." : undefined}
      />
      <ChartsSlot />
      <KubectlSection commands={data.kubectl} />
    </div>
  );
}
