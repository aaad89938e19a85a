/** What each group holds, in a sentence or two, as the kube-system documentation draws them. */
import type { GroupId } from '@/lib/api/types';

export const GROUP_DESCRIPTIONS: Record<GroupId, string> = {
  'control-plane':
    'The components that run the cluster itself: kube-apiserver, etcd, kube-scheduler and kube-controller-manager, plus cloud-controller-manager and API address helpers. On managed clusters they run outside kube-system; their health then comes from /readyz and leader Leases.',
  node: 'What runs on every node: the kubelet (one per Node), kube-proxy, the CNI plugin that gives pods their network, and other per-node agents.',
  'add-on':
    'Cluster services installed on top of Kubernetes: cluster DNS, metrics-server, dashboards, ingress controllers, storage provisioners and autoscalers. A kube-system pod kubesys cannot place by name or shape is listed here too, marked unrecognised.',
  monitoring: 'Metrics, alerts and logs: Prometheus, Grafana, Alertmanager, exporters and log or metric agents.',
};
