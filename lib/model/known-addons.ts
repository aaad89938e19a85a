/**
 * The knowledge table of well-known kube-system add-ons and monitoring agents: identities keyed by
 * label values, owner names and image names (see known-components.ts for the entry shape).
 */
import type { KnownComponent } from './known-components';

const ADD_ONS: KnownComponent[] = [
  {
    id: 'coredns', name: 'CoreDNS', group: 'add-on', rank: 0,
    // The Service and the pods keep the `k8s-app: kube-dns` label for compatibility with kube-dns.
    labels: { 'k8s-app': ['kube-dns', 'coredns'], 'app.kubernetes.io/name': ['coredns'] },
    owners: ['coredns', 'kube-dns'], images: ['coredns'],
    variants: [{ id: 'kube-dns', name: 'kube-dns', images: ['k8s-dns-kube-dns', 'k8s-dns-dnsmasq-nanny'] }],
  },
  {
    id: 'node-local-dns', name: 'NodeLocal DNSCache', group: 'add-on', rank: 1,
    labels: { 'k8s-app': ['node-local-dns', 'nodelocaldns'] },
    owners: ['node-local-dns', 'nodelocaldns'], images: ['k8s-dns-node-cache'],
  },
  {
    id: 'dns-autoscaler', name: 'DNS autoscaler', group: 'add-on', rank: 2,
    labels: {
      'k8s-app': ['kube-dns-autoscaler', 'coredns-autoscaler', 'dns-autoscaler'],
      'app.kubernetes.io/name': ['coredns-autoscaler'],
    },
    owners: ['kube-dns-autoscaler', 'coredns-autoscaler', 'dns-autoscaler'],
  },
  {
    id: 'metrics-server', name: 'metrics-server', group: 'add-on', rank: 3,
    labels: { 'k8s-app': ['metrics-server'], 'app.kubernetes.io/name': ['metrics-server'], app: ['metrics-server'] },
    owners: [/^metrics-server(-v[0-9.]+)?$/], images: ['metrics-server'],
  },
  {
    id: 'konnectivity', name: 'Konnectivity agent', group: 'add-on', rank: 4,
    labels: { 'k8s-app': ['konnectivity-agent'], app: ['konnectivity-agent'] },
    owners: [/^konnectivity-agent/], images: ['proxy-agent', 'konnectivity-agent'],
  },
  {
    id: 'tunnelfront', name: 'tunnelfront (AKS API tunnel)', group: 'add-on', rank: 4,
    labels: { component: ['tunnel'] }, owners: ['tunnelfront', 'aks-link'], images: ['hcp-tunnel-front'],
  },
  {
    id: 'kubernetes-dashboard', name: 'Kubernetes Dashboard', group: 'add-on', rank: 5,
    labels: {
      'k8s-app': ['kubernetes-dashboard', 'dashboard-metrics-scraper'],
      'app.kubernetes.io/name': ['kubernetes-dashboard'],
    },
    owners: [/^kubernetes-dashboard/, 'dashboard-metrics-scraper'],
    images: ['kubernetesui/dashboard', 'kubernetesui/metrics-scraper'],
  },
  {
    // Cilium's flow observability; kept apart from `cilium` because its failure does not break the datapath.
    id: 'hubble', name: 'Hubble (Cilium observability)', group: 'add-on', rank: 5,
    labels: { 'k8s-app': ['hubble-relay', 'hubble-ui'], 'app.kubernetes.io/name': ['hubble-relay', 'hubble-ui'] },
    owners: ['hubble-relay', 'hubble-ui'], images: ['hubble-relay', 'hubble-ui', 'hubble-ui-backend'],
  },
  {
    id: 'ingress-nginx', name: 'ingress-nginx', group: 'add-on', rank: 6,
    labels: { 'app.kubernetes.io/name': ['ingress-nginx'], app: ['ingress-nginx', 'nginx-ingress'] },
    owners: [/^(ingress-nginx|nginx-ingress)(-controller)?$/],
    images: ['ingress-nginx/controller', 'nginx-ingress-controller'],
  },
  {
    id: 'traefik', name: 'Traefik', group: 'add-on', rank: 6,
    labels: { 'app.kubernetes.io/name': ['traefik'], app: ['traefik'] }, owners: ['traefik'], images: ['traefik'],
  },
  {
    // k3s ServiceLB (klipper-lb): one `svclb-<service>-<hash>` DaemonSet per LoadBalancer Service.
    id: 'servicelb', name: 'ServiceLB (svclb)', group: 'add-on', rank: 6,
    owners: [/^svclb-/], images: ['klipper-lb'],
  },
  {
    id: 'vpnkit-controller', name: 'vpnkit-controller', group: 'add-on', rank: 6,
    labels: { component: ['vpnkit-controller'] }, images: ['desktop-vpnkit-controller'], podNames: ['vpnkit-controller'],
  },
  {
    id: 'aws-load-balancer-controller', name: 'AWS Load Balancer Controller', group: 'add-on', rank: 6,
    labels: { 'app.kubernetes.io/name': ['aws-load-balancer-controller'] },
    owners: ['aws-load-balancer-controller'], images: ['aws-load-balancer-controller'],
  },
  {
    id: 'l7-default-backend', name: 'GKE ingress default backend', group: 'add-on', rank: 6,
    labels: { 'k8s-app': ['glbc'] }, owners: ['l7-default-backend'], images: ['ingress-gce-404-server-with-metrics'],
  },
  {
    id: 'storage-provisioner', name: 'storage-provisioner', group: 'add-on', rank: 7,
    labels: { component: ['storage-provisioner'] },
    images: ['storage-provisioner', 'desktop-storage-provisioner'], podNames: ['storage-provisioner'],
  },
  {
    id: 'local-path-provisioner', name: 'local-path-provisioner', group: 'add-on', rank: 7,
    labels: { app: ['local-path-provisioner'], 'app.kubernetes.io/name': ['local-path-provisioner'] },
    owners: ['local-path-provisioner'], images: ['local-path-provisioner'],
  },
  {
    id: 'snapshot-controller', name: 'CSI snapshot controller', group: 'add-on', rank: 7,
    labels: { 'app.kubernetes.io/name': ['snapshot-controller'], app: ['snapshot-controller'] },
    owners: ['snapshot-controller'], images: ['snapshot-controller'],
  },
  {
    id: 'cluster-autoscaler', name: 'Cluster Autoscaler', group: 'add-on', rank: 8,
    labels: { app: ['cluster-autoscaler'], 'app.kubernetes.io/name': ['cluster-autoscaler', 'aws-cluster-autoscaler'] },
    owners: [/cluster-autoscaler$/], images: ['cluster-autoscaler'],
  },
  {
    id: 'calico-autoscaler', name: 'Calico autoscalers', group: 'add-on', rank: 8,
    labels: { 'k8s-app': ['calico-node-autoscaler', 'calico-typha-autoscaler'] },
    owners: [/^calico-(node|typha)-(horizontal|vertical)-autoscaler$/],
  },
  {
    // k3s and RKE2 helm-controller install their bundled charts with one Job per HelmChart.
    id: 'helm-install', name: 'Helm install jobs', group: 'add-on', rank: 9,
    owners: [/^helm-(install|delete)-/], images: ['klipper-helm'],
  },
];

const MONITORING: KnownComponent[] = [
  {
    id: 'prometheus', name: 'Prometheus', group: 'monitoring', rank: 0,
    labels: { 'app.kubernetes.io/name': ['prometheus'], app: ['prometheus'] },
    owners: [/^prometheus(-server|-k8s)?$/, /^prometheus-.*-prometheus$/], images: ['prometheus'],
  },
  {
    id: 'prometheus-operator', name: 'Prometheus Operator', group: 'monitoring', rank: 1,
    labels: { 'app.kubernetes.io/name': ['prometheus-operator'], app: ['prometheus-operator'] },
    owners: [/prometheus-operator$/], images: ['prometheus-operator'],
  },
  {
    id: 'alertmanager', name: 'Alertmanager', group: 'monitoring', rank: 2,
    labels: { 'app.kubernetes.io/name': ['alertmanager'], app: ['alertmanager'] },
    owners: [/^alertmanager/, /-alertmanager$/], images: ['alertmanager'],
  },
  {
    id: 'grafana', name: 'Grafana', group: 'monitoring', rank: 3,
    labels: { 'app.kubernetes.io/name': ['grafana'], app: ['grafana'] }, owners: [/grafana$/], images: ['grafana'],
  },
  {
    id: 'node-exporter', name: 'node-exporter', group: 'monitoring', rank: 4,
    labels: {
      'k8s-app': ['node-exporter'],
      'app.kubernetes.io/name': ['node-exporter', 'prometheus-node-exporter'],
      app: ['node-exporter', 'prometheus-node-exporter'],
    },
    owners: [/node-exporter$/], images: ['node-exporter'],
  },
  {
    id: 'kube-state-metrics', name: 'kube-state-metrics', group: 'monitoring', rank: 5,
    labels: { 'k8s-app': ['kube-state-metrics'], 'app.kubernetes.io/name': ['kube-state-metrics'] },
    owners: [/kube-state-metrics$/], images: ['kube-state-metrics'],
  },
  {
    id: 'fluent-bit', name: 'Fluent Bit', group: 'monitoring', rank: 6,
    labels: { 'k8s-app': ['fluent-bit', 'fluentbit-gke'], 'app.kubernetes.io/name': ['fluent-bit'] },
    owners: [/^fluent-?bit/], images: ['fluent-bit'],
  },
  {
    id: 'fluentd', name: 'Fluentd', group: 'monitoring', rank: 6,
    labels: { 'k8s-app': ['fluentd-logging', 'fluentd-gcp', 'fluentd-es'], 'app.kubernetes.io/name': ['fluentd'] },
    owners: [/^fluentd/], images: ['fluentd', 'fluentd-elasticsearch'],
  },
  {
    id: 'omsagent', name: 'Azure Monitor agent (omsagent)', group: 'monitoring', rank: 7,
    labels: { component: ['oms-agent', 'ama-logs-agent'] },
    owners: [/^omsagent/, /^ama-logs/], images: ['containerinsights/ciprod'],
  },
  {
    id: 'ama-metrics', name: 'Azure Monitor metrics (ama-metrics)', group: 'monitoring', rank: 7,
    labels: { 'k8s-app': ['ama-metrics', 'ama-metrics-node', 'ama-metrics-ksm'] }, owners: [/^ama-metrics/],
  },
  {
    id: 'gke-metrics-agent', name: 'gke-metrics-agent', group: 'monitoring', rank: 7,
    labels: { 'k8s-app': ['gke-metrics-agent'] }, owners: [/^gke-metrics-agent/], images: ['gke-metrics-agent'],
  },
  {
    id: 'event-exporter', name: 'event-exporter', group: 'monitoring', rank: 8,
    labels: { 'k8s-app': ['event-exporter'] }, owners: [/^event-exporter/], images: ['event-exporter'],
  },
  {
    id: 'cloudwatch-agent', name: 'CloudWatch agent', group: 'monitoring', rank: 8,
    labels: { name: ['cloudwatch-agent'], 'app.kubernetes.io/name': ['cloudwatch-agent'] },
    owners: ['cloudwatch-agent'], images: ['cloudwatch-agent'],
  },
];

export const KNOWN_ADDON_COMPONENTS: readonly KnownComponent[] = [...ADD_ONS, ...MONITORING];
