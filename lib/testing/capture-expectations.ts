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
