/** One line on what a kube-system component does, for the well-known ones; a neutral line otherwise. Pure. */
import type { GroupId, Recognition } from '@/lib/api/types';

const DESCRIPTIONS: Record<string, string> = {
  'kube-apiserver': 'The front door of the cluster: serves the Kubernetes API, authenticates and authorises every request, and stores state in etcd.',
  etcd: 'The consistent key-value store that holds all cluster state; only the API server talks to it.',
  'kube-scheduler': 'Assigns new pods to nodes, weighing resources, affinity, taints and spreading; one instance leads at a time.',
  'kube-controller-manager': 'Runs the built-in controllers (Deployments, ReplicaSets, nodes, service accounts, endpoints …) that drive the cluster toward its desired state.',
  'cloud-controller-manager': "Links the cluster to the cloud provider: node lifecycle, load balancers and routes from the provider's API.",
  'kube-vip': 'Keeps a virtual IP (and optionally Service load balancers) for the control plane, by ARP or BGP.',
  keepalived: 'Moves the control plane virtual IP between nodes with VRRP.',
  haproxy: 'Load-balances API server traffic across the control-plane nodes.',
  'apiserver-watcher': 'Takes a master out of the API load balancer when its /readyz fails (OpenShift).',
  kubelet: "The agent on every node: starts the node's pods through the container runtime, reports node status and renews the node's heartbeat Lease.",
  'kube-proxy': 'Programs each node (iptables, IPVS or nftables) so Service virtual IPs reach their pods.',
  calico: 'Calico: the pod network (CNI) and NetworkPolicy enforcement on every node, with its controllers.',
  canal: 'Canal: Flannel for the pod network with Calico for NetworkPolicy.',
  cilium: 'Cilium: eBPF-based pod networking (CNI), NetworkPolicy and load balancing on every node.',
  flannel: 'Flannel: a simple overlay pod network (CNI) across nodes.',
  weave: 'Weave Net: an overlay pod network (CNI) with NetworkPolicy support.',
  kindnet: "kindnet: kind's minimal pod network (CNI) for local clusters.",
  'aws-vpc-cni': 'Amazon VPC CNI: gives every pod an IP address from the VPC, on every node.',
  'azure-cni': 'Azure CNI: gives pods addresses from the Azure virtual network, on every node.',
  antrea: 'Antrea: Open vSwitch based pod networking (CNI) and NetworkPolicy.',
  'kube-router': 'kube-router: pod networking, Service proxy and NetworkPolicy with BGP.',
  'ip-masq-agent': 'Decides which traffic from pods is masqueraded to the node IP when it leaves the node.',
  'eks-pod-identity-agent': 'Hands AWS credentials to pods through EKS Pod Identity.',
  'cloud-node-manager': 'Keeps Node objects in sync with the cloud provider (addresses, zones, instance types).',
  'metadata-proxy': 'Filters what pods can read from the cloud metadata server (GKE).',
  'nvidia-device-plugin': 'Advertises NVIDIA GPUs on each node to the kubelet so pods can request them.',
  'node-problem-detector': 'Reports kernel, runtime and hardware problems on nodes as conditions and events.',
  multus: 'Multus: attaches several networks to a pod by chaining CNI plugins.',
  coredns: 'Cluster DNS: answers service and pod name lookups (kube-dns Service) and forwards the rest upstream.',
  'kube-dns': 'Cluster DNS (kube-dns): answers service and pod name lookups and forwards the rest upstream.',
  'node-local-dns': 'A DNS cache on every node in front of cluster DNS, for fewer lookups and conntrack races.',
  'dns-autoscaler': 'Scales cluster DNS replicas with the number of nodes and cores.',
  'metrics-server': 'Collects CPU and memory usage from kubelets for `kubectl top` and the HorizontalPodAutoscaler (metrics.k8s.io).',
  konnectivity: 'Tunnels traffic from the control plane to nodes when they are on separate networks.',
  tunnelfront: 'Tunnels traffic from the AKS-managed control plane to the nodes.',
  'kubernetes-dashboard': 'The Kubernetes web UI, with its metrics scraper.',
  hubble: "Hubble: network flow observability on top of Cilium.",
  'ingress-nginx': 'Routes HTTP and HTTPS from outside the cluster to Services according to Ingress rules (NGINX).',
  traefik: 'Routes HTTP and HTTPS from outside the cluster to Services (Ingress and Traefik routes).',
  servicelb: "k3s's ServiceLB: gives LoadBalancer Services an address on the nodes.",
  'vpnkit-controller': "Docker Desktop's bridge that exposes LoadBalancer Services on the host.",
  'aws-load-balancer-controller': 'Provisions AWS load balancers for Ingresses and LoadBalancer Services.',
  'l7-default-backend': "GKE's default backend: answers 404 for Ingress requests that match no rule.",
  'storage-provisioner': 'Creates volumes for PersistentVolumeClaims on the local host (minikube, Docker Desktop).',
  'local-path-provisioner': 'Creates PersistentVolumes from directories on the node (k3s).',
  'snapshot-controller': 'Takes and restores CSI volume snapshots.',
  'cluster-autoscaler': 'Adds nodes when pods cannot be scheduled and removes underused ones.',
  'calico-autoscaler': "Scales Calico's typha with the number of nodes.",
  'helm-install': 'Jobs that install and upgrade the bundled Helm charts (k3s, RKE2).',
  prometheus: 'Scrapes and stores metrics from the cluster and its workloads, and evaluates alerting rules.',
  'prometheus-operator': 'Runs Prometheus, Alertmanager and their scrape configuration from custom resources.',
  alertmanager: "Groups, silences and routes Prometheus alerts to people (e-mail, chat, pager).",
  grafana: 'Dashboards over Prometheus and other data sources.',
  'node-exporter': "Exposes every node's hardware and kernel metrics to Prometheus.",
  'kube-state-metrics': 'Turns the state of Kubernetes objects (deployments, pods, nodes) into Prometheus metrics.',
  'fluent-bit': "Collects the nodes' container logs and ships them to a log store.",
  fluentd: 'Collects container logs and ships them to a log store.',
  omsagent: 'Azure Monitor for containers: ships logs and metrics to Log Analytics.',
  'ama-metrics': 'Azure Monitor managed Prometheus: scrapes metrics for Azure Monitor.',
  'gke-metrics-agent': "Ships the nodes' and pods' metrics to Google Cloud Monitoring.",
  'event-exporter': 'Ships Kubernetes events to a log or monitoring backend.',
  'cloudwatch-agent': 'Ships container metrics and logs to Amazon CloudWatch.',
};

const GROUP_FALLBACK: Record<GroupId, string> = {
  'control-plane': 'A control-plane component running in kube-system.',
  node: 'A per-node agent running in kube-system.',
  'add-on': 'A cluster add-on running in kube-system.',
  monitoring: 'A monitoring or logging component running in kube-system.',
};

/** What the component does, in one line; for one no table knows, why it sits in its group. */
export function describeComponent(id: string, group: GroupId, recognition?: Recognition): string {
  const known = DESCRIPTIONS[id];
  if (known) return known;
  if (recognition?.by === 'shape') {
    return `${GROUP_FALLBACK[group]} kubesys does not know it by name; it is placed here by its shape: ${recognition.evidence.join('; ')}.`;
  }
  if (recognition?.by === 'unrecognised') {
    return `A pod kubesys does not recognise (${recognition.evidence.join('; ')}); it is listed with the add-ons so nothing in kube-system is hidden.`;
  }
  return GROUP_FALLBACK[group];
}
