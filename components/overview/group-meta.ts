/** What the overview says about each group: display order, titles and the empty-state wording. */
import type { GroupId } from '@/lib/api/types';

export interface GroupMeta {
  title: string;
  empty: string;
  emptyHint: string;
}

/** The groups in the order the kube-system documentation draws them. */
export const GROUP_ORDER: readonly GroupId[] = ['control-plane', 'node', 'add-on', 'monitoring'];

export const GROUP_META: Record<GroupId, GroupMeta> = {
  'control-plane': {
    title: 'Control plane',
    empty: 'No control-plane components detected in kube-system',
    emptyHint: 'Managed clusters hide these pods; their health comes from /readyz and leader leases.',
  },
  node: {
    title: 'Node',
    empty: 'No node components detected in kube-system',
    emptyHint: 'kubelet, kube-proxy and the CNI agents appear here once nodes register.',
  },
  'add-on': {
    title: 'Add-ons',
    empty: 'No add-ons detected in kube-system',
    emptyHint:
      'Cluster DNS, metrics-server, ingress controllers, dashboards, and any kube-system workload kubesys does not recognise appear here.',
  },
  monitoring: {
    title: 'Monitoring',
    empty: 'No monitoring components detected in kube-system',
    emptyHint: 'Prometheus, Grafana, Alertmanager and metric or log agents appear here when they run in kube-system.',
  },
};
