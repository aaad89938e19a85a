/**
 * What each real capture in fixtures/clusters must yield, read off the captures by hand: the model's
 * tests (files read directly) and the replay tests (served by the demo cluster over HTTPS) share it.
 */
import type { GroupId } from '@/lib/api/types';

/** Components per group each capture must yield (read off the captures; kubelet and the core control plane always). */
export const EXPECTED: Record<string, Partial<Record<GroupId, string[]>>> = {
  aks: {
    'control-plane': ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager'],
    node: ['kubelet', 'kube-proxy'],
    'add-on': ['coredns', 'dns-autoscaler', 'metrics-server', 'tunnelfront', 'kubernetes-dashboard'],
    monitoring: ['omsagent'],
  },
  'docker-desktop-2025': {
    node: ['kubelet', 'kube-proxy'],
    'add-on': ['coredns', 'vpnkit-controller', 'storage-provisioner'],
  },
  'eks-2': { node: ['kubelet', 'kube-proxy', 'aws-vpc-cni'], 'add-on': ['coredns'] },
  'gke-calico': {
    node: ['kubelet', 'kube-proxy', 'calico', 'ip-masq-agent'],
    'add-on': ['kube-dns', 'dns-autoscaler', 'metrics-server', 'l7-default-backend', 'calico-autoscaler'],
  },
  k3s: {
    node: ['kubelet'],
    'add-on': ['coredns', 'metrics-server', 'servicelb', 'traefik', 'local-path-provisioner', 'helm-install'],
  },
  kind: { node: ['kubelet', 'kube-proxy', 'kindnet'], 'add-on': ['coredns'] },
  'kubeadm-calico': { node: ['kubelet', 'kube-proxy', 'calico'], 'add-on': ['coredns'] },
  'kubeadm-flannel': { node: ['kubelet', 'kube-proxy', 'flannel'], 'add-on': ['coredns'] },
  minikube: { node: ['kubelet', 'kube-proxy'], 'add-on': ['coredns', 'storage-provisioner'] },
  'openshift-azure': {
    'control-plane': ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'apiserver-watcher'],
    node: ['kubelet'],
  },
  'rke2-cilium': {
    'control-plane': ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'cloud-controller-manager'],
    node: ['kubelet', 'kube-proxy', 'cilium'],
    'add-on': ['coredns', 'dns-autoscaler', 'metrics-server', 'hubble', 'ingress-nginx', 'snapshot-controller', 'helm-install'],
  },
};

/**
 * What the findings say about each capture replayed by the demo cluster, which serves only the kinds a
 * capture holds (no Endpoints, Leases, APIServices, /readyz … in any of them): the warnings and criticals
 * raised (leaving out `updates/eol`, which moves with the calendar), and the checks reported as not run
 * (leaving out the DNS and TLS probes', which depend on when the probes ran). Nothing may be raised from a
 * kind the capture lacks: no "kube-dns has no ready endpoints", no "metrics API not registered".
 */
const MISSING_ENDPOINTS_LEASES = ['apiserver/readyz-unchecked', 'dns/endpoints-unchecked', 'metrics/apiservice-unchecked', 'nodes/heartbeat-unchecked', 'resources/memory-unchecked'];
const MANAGED = [...MISSING_ENDPOINTS_LEASES, 'control-plane/leader-election-unchecked'].sort();

export const EXPECTED_REPLAY_FINDINGS: Record<string, { raised: string[]; unchecked: string[] }> = {
  aks: { raised: [], unchecked: MANAGED },
  'docker-desktop-2025': { raised: [], unchecked: MISSING_ENDPOINTS_LEASES },
  'eks-2': { raised: [], unchecked: MANAGED },
  'gke-calico': { raised: ['updates/k8s-gcr-io'], unchecked: MANAGED },
  k3s: { raised: [], unchecked: MANAGED },
  kind: { raised: ['updates/k8s-gcr-io'], unchecked: MISSING_ENDPOINTS_LEASES },
  'kubeadm-calico': { raised: ['updates/k8s-gcr-io'], unchecked: MISSING_ENDPOINTS_LEASES },
  'kubeadm-flannel': { raised: ['updates/k8s-gcr-io'], unchecked: MISSING_ENDPOINTS_LEASES },
  minikube: { raised: [], unchecked: MISSING_ENDPOINTS_LEASES },
  // No nodes.json: Nodes are unknown (so no heartbeat check either); podmetrics.yaml gives the metrics API.
  'openshift-azure': { raised: [], unchecked: ['apiserver/readyz-unchecked', 'control-plane/leader-election-unchecked', 'metrics/apiservice-unchecked', 'nodes/nodes-unchecked'] },
  'rke2-cilium': { raised: [], unchecked: MISSING_ENDPOINTS_LEASES },
};
