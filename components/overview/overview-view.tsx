/** OverviewView: the cluster line, a freshness notice when needed, what needs attention, then each group's component cards. */
import type { ComponentSummary, GroupSummary, OverviewResponse } from '@/lib/api/types';
import { FreshnessBanner } from '@/components/layout/freshness-banner';
import { ClusterSummary } from './cluster-summary';
import { GROUP_ORDER } from './group-meta';
import { GroupSection } from './group-section';
import { NeedsAttention } from './needs-attention';

export interface OverviewViewProps {
  data: OverviewResponse;
  /** Set when the latest refresh failed and `data` is the previous answer: shows a "stale" banner. */
  error?: unknown;
}

/** The four documented groups always show, in the guide's order (empty ones say so). */
function orderedGroups(groups: GroupSummary[]): Array<Pick<GroupSummary, 'id' | 'name' | 'components'>> {
  return GROUP_ORDER.map((id) => {
    const group = groups.find((candidate) => candidate.id === id);
    return { id, name: group?.name ?? '', components: group?.components ?? [] };
  });
}

/** The cluster's Nodes, ready of all, as the node agent (the kubelet component, one per Node) counts them. */
function clusterNodes(components: ComponentSummary[]): { ready: number; total: number } | undefined {
  const agent = components.find((component) => component.nodeCount > 0);
  return agent ? { ready: agent.readyNodeCount, total: agent.nodeCount } : undefined;
}

export function OverviewView({ data, error }: OverviewViewProps) {
  const groups = orderedGroups(data.groups);
  const components = groups.flatMap((group) => group.components);
  return (
    <div className="space-y-6">
      <ClusterSummary cluster={data.cluster} components={components} nodes={clusterNodes(components)} />
      <FreshnessBanner freshness={data.freshness} generatedAt={data.generatedAt} hasError={Boolean(error)} />
      <NeedsAttention components={components} />
      {/* On a wall screen the groups go two-up, so six columns of cards fill the width. */}
      <div className="space-y-6 4xl:grid 4xl:grid-cols-2 4xl:gap-6 4xl:space-y-0">
        {groups.map((group) => (
          <GroupSection
            key={group.id}
            id={group.id}
            name={group.name || undefined}
            components={group.components}
            isHalfWidthOnWallScreen
          />
        ))}
      </div>
    </div>
  );
}
