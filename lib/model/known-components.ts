/**
 * The knowledge table of well-known kube-system components of the control plane and the node layer:
 * identities keyed by label values, owner (workload) names, image names and static pod names.
 */
import type { GroupId } from '@/lib/api/types';

/** Label keys consulted, most specific first (kubeadm `component`, addon-manager `k8s-app`, Helm, legacy). */
export const LABEL_KEYS = ['component', 'k8s-app', 'app.kubernetes.io/name', 'app', 'name'] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** One component identity and the evidence that recognises its pods. */
export interface KnownComponent {
  id: string;
  name: string;
  group: GroupId;
  /** Order within the group (lower first); components without one sort after, by name. */
  rank?: number;
  /** Label values, per key, that identify the component's pods. */
  labels?: Partial<Record<LabelKey, string[]>>;
  /** Workload names (Deployment, DaemonSet, StatefulSet, Job) after ReplicaSet → Deployment resolution. */
  owners?: (string | RegExp)[];
  /** Image names, matched on whole `-`/`/` separated tokens at the end of the repository path. */
  images?: string[];
  /** Base names of static pods (`<base>-<node>`) and bare pods. */
  podNames?: string[];
  /** A different identity for pods that share a label but run other images (GKE's kube-dns vs CoreDNS). */
  variants?: { id: string; name: string; images: string[] }[];
}

const CONTROL_PLANE: KnownComponent[] = [
  {
    id: 'kube-apiserver', name: 'kube-apiserver', group: 'control-plane', rank: 0,
    labels: { component: ['kube-apiserver'] }, images: ['kube-apiserver'], podNames: ['kube-apiserver'],
  },
  {
    id: 'etcd', name: 'etcd', group: 'control-plane', rank: 1,
    labels: { component: ['etcd'], 'k8s-app': ['etcd'] }, images: ['etcd'], podNames: ['etcd'],
  },
  {
    id: 'kube-scheduler', name: 'kube-scheduler', group: 'control-plane', rank: 2,
    labels: { component: ['kube-scheduler'] }, images: ['kube-scheduler'], podNames: ['kube-scheduler'],
  },
  {
    id: 'kube-controller-manager', name: 'kube-controller-manager', group: 'control-plane', rank: 3,
    labels: { component: ['kube-controller-manager'] },
    images: ['kube-controller-manager'], podNames: ['kube-controller-manager'],
  },
  {
    id: 'cloud-controller-manager', name: 'cloud-controller-manager', group: 'control-plane', rank: 4,
    labels: { component: ['cloud-controller-manager'], 'k8s-app': ['cloud-controller-manager'] },
    owners: [/cloud-controller-manager$/],
    images: ['cloud-controller-manager', 'rke2-cloud-provider', 'cloud-provider-vsphere'],
    podNames: ['cloud-controller-manager'],
  },
  {
    id: 'kube-vip', name: 'kube-vip', group: 'control-plane', rank: 5,
    labels: { 'app.kubernetes.io/name': ['kube-vip'], name: ['kube-vip'] },
    owners: ['kube-vip', 'kube-vip-ds'], images: ['kube-vip'], podNames: ['kube-vip'],
  },
  {
    id: 'keepalived', name: 'keepalived', group: 'control-plane', rank: 5,
    labels: { component: ['keepalived'] }, images: ['keepalived'], podNames: ['keepalived'],
  },
  {
    id: 'haproxy', name: 'HAProxy', group: 'control-plane', rank: 5,
    labels: { component: ['haproxy'] }, images: ['haproxy'], podNames: ['haproxy'],
  },
  {
    // OpenShift on Azure/GCP: static pods that pull a master out of the API load balancer when /readyz fails.
    id: 'apiserver-watcher', name: 'apiserver-watcher', group: 'control-plane', rank: 5,
    podNames: ['apiserver-watcher'],
  },
];

const NODE: KnownComponent[] = [
  {
    id: 'kube-proxy', name: 'kube-proxy', group: 'node', rank: 1,
    labels: { component: ['kube-proxy'], 'k8s-app': ['kube-proxy'] },
    owners: ['kube-proxy'], images: ['kube-proxy'], podNames: ['kube-proxy'],
  },
  {
    id: 'calico', name: 'Calico', group: 'node', rank: 2,
    labels: {
      'k8s-app': ['calico-node', 'calico-kube-controllers', 'calico-typha'],
      'app.kubernetes.io/name': ['calico-node', 'calico-kube-controllers', 'calico-typha'],
    },
    owners: ['calico-node', 'calico-kube-controllers', 'calico-typha'],
    images: ['calico/node', 'calico/kube-controllers', 'calico/typha', 'calico/cni'],
  },
  {
    id: 'canal', name: 'Canal (Calico + Flannel)', group: 'node', rank: 2,
    labels: { 'k8s-app': ['canal'] }, owners: ['canal'],
  },
  {
    id: 'cilium', name: 'Cilium', group: 'node', rank: 2,
    labels: {
      'k8s-app': ['cilium', 'cilium-envoy'],
      'app.kubernetes.io/name': ['cilium-agent', 'cilium-operator', 'cilium-envoy'],
      name: ['cilium-operator'],
    },
    owners: ['cilium', 'cilium-operator', 'cilium-envoy', 'cilium-node-init'],
    images: ['cilium', 'cilium-operator', 'cilium-operator-generic', 'cilium-operator-aws', 'cilium-operator-azure', 'cilium-envoy'],
  },
  {
    id: 'flannel', name: 'Flannel', group: 'node', rank: 2,
    labels: { app: ['flannel'], 'k8s-app': ['flannel'], 'app.kubernetes.io/name': ['flannel'] },
    owners: [/^kube-flannel-ds(-[a-z0-9]+)?$/, 'flannel'], images: ['flannel'],
  },
  {
    id: 'weave', name: 'Weave Net', group: 'node', rank: 2,
    labels: { name: ['weave-net'] }, owners: ['weave-net'], images: ['weave-kube', 'weave-npc'],
  },
  {
    id: 'kindnet', name: 'kindnet', group: 'node', rank: 2,
    labels: { 'k8s-app': ['kindnet'], app: ['kindnet'] }, owners: ['kindnet'], images: ['kindnetd'],
  },
  {
    id: 'aws-vpc-cni', name: 'Amazon VPC CNI (aws-node)', group: 'node', rank: 2,
    labels: { 'k8s-app': ['aws-node'], 'app.kubernetes.io/name': ['aws-node'] },
    owners: ['aws-node'], images: ['amazon-k8s-cni', 'amazon-k8s-cni-init'],
  },
  {
    id: 'azure-cni', name: 'Azure CNI', group: 'node', rank: 2,
    labels: { 'k8s-app': ['azure-cni-networkmonitor', 'azure-cns', 'azure-npm', 'azure-vnet-telemetry'] },
    owners: ['azure-cni-networkmonitor', 'azure-cns', 'azure-npm', 'azure-vnet-telemetry'],
    images: ['azure-cni', 'azure-cns', 'azure-vnet', 'azure-vnet-telemetry', 'networkmonitor', 'azure-npm'],
  },
  {
    id: 'antrea', name: 'Antrea', group: 'node', rank: 2,
    labels: { component: ['antrea-agent', 'antrea-controller'], app: ['antrea'] },
    owners: ['antrea-agent', 'antrea-controller'],
    images: ['antrea-ubuntu', 'antrea-agent-ubuntu', 'antrea-controller-ubuntu', 'antrea-agent', 'antrea-controller'],
  },
  {
    id: 'kube-router', name: 'kube-router', group: 'node', rank: 2,
    labels: { 'k8s-app': ['kube-router'] }, owners: ['kube-router'], images: ['kube-router'],
  },
  {
    id: 'ip-masq-agent', name: 'ip-masq-agent', group: 'node', rank: 3,
    labels: { 'k8s-app': ['ip-masq-agent', 'azure-ip-masq-agent'] },
    owners: ['ip-masq-agent', 'azure-ip-masq-agent'], images: ['ip-masq-agent'],
  },
  {
    id: 'eks-pod-identity-agent', name: 'EKS Pod Identity agent', group: 'node', rank: 4,
    labels: { 'app.kubernetes.io/name': ['eks-pod-identity-agent'] },
    owners: ['eks-pod-identity-agent'], images: ['eks-pod-identity-agent'],
  },
  {
    id: 'cloud-node-manager', name: 'cloud-node-manager', group: 'node', rank: 4,
    labels: { component: ['cloud-node-manager'], 'k8s-app': ['cloud-node-manager'] },
    owners: [/^cloud-node-manager/], images: ['azure-cloud-node-manager'],
  },
  {
    id: 'metadata-proxy', name: 'GKE metadata proxy', group: 'node', rank: 4,
    labels: { 'k8s-app': ['metadata-proxy', 'gke-metadata-server'] },
    owners: [/^metadata-proxy/, 'gke-metadata-server'], images: ['metadata-proxy', 'gke-metadata-server'],
  },
  {
    id: 'nvidia-device-plugin', name: 'NVIDIA device plugin', group: 'node', rank: 4,
    labels: { 'k8s-app': ['nvidia-gpu-device-plugin', 'nvidia-device-plugin-ds'], name: ['nvidia-device-plugin-ds'] },
    owners: [/^nvidia-(gpu-)?device-plugin/], images: ['nvidia-gpu-device-plugin', 'k8s-device-plugin'],
  },
  {
    id: 'node-problem-detector', name: 'node-problem-detector', group: 'node', rank: 4,
    labels: { app: ['node-problem-detector'], 'app.kubernetes.io/name': ['node-problem-detector'] },
    owners: ['node-problem-detector'], images: ['node-problem-detector'],
  },
  {
    id: 'multus', name: 'Multus', group: 'node', rank: 4,
    labels: { app: ['multus'], name: ['multus'] }, owners: [/^kube-multus-ds/, 'multus'], images: ['multus-cni'],
  },
];

export const KNOWN_CORE_COMPONENTS: readonly KnownComponent[] = [...CONTROL_PLANE, ...NODE];
