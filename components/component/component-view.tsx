/**
 * ComponentView: the component page in the order a person reads it — status and reasons, its findings,
 * health evidence, pods (or nodes) and coverage, usage, logs, events; then the specs (containers, flags,
 * probes, resources, volumes, related objects) and kubectl.
 */
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

function jumpLinks(data: ComponentDetailResponse): [string, string][] {
  const hasSpecs = data.specs.length > 0;
  const links: [string, string | false][] = [
    ['health-evidence', Boolean(data.controlPlane) && 'Health'],
    ['nodes', Boolean(data.nodes) && 'Nodes'],
    ['pods', !data.nodes && 'Pods'],
    ['coverage', data.coverage.length > 0 && 'Coverage'],
    ['charts', 'Usage'],
    ['logs', 'Logs'],
    ['events', 'Events'],
    ['containers', hasSpecs && 'Containers'],
    ['flags', hasSpecs && 'Flags'],
    ['probes', hasSpecs && 'Probes'],
    ['resources', hasSpecs && 'Resources'],
    ['volumes', data.specs.some((s) => s.volumes.length > 0) && 'Volumes'],
    ['related', !data.nodes && 'Services & ConfigMaps'],
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
      <ChartsSlot />
      <LogsSection
        id={data.component.id}
        podCount={data.component.podCount}
        noPodsNote={data.nodes ? "The kubelet is no pod: it logs to each node's journal (journalctl -u kubelet), which the API server does not serve." : 'No pod of this component runs in kube-system, so there is no log to read here.'}
      />
      <EventsSection
        events={data.events.items}
        total={data.events.total}
        emptyNote={data.nodes ? "The kubelet has no pods in kube-system; each node's events are on its node page." : undefined}
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
