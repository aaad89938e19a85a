/** ConfigMaps kubeadm, Calico and the add-ons keep in kube-system: the Corefile, kube-proxy and kubelet config, ClusterConfiguration, CA bundles. */
import type { KObject } from '../types';
import { CLUSTER_DOMAIN, K8S_VERSION, SERVICE_CIDR, meta, type World } from './model';
import { rngFor } from './rand';

const COREFILE = `.:53 {
    errors
    log . {
       class denial error
    }
    health {
       lameduck 5s
    }
    ready
    kubernetes ${CLUSTER_DOMAIN} in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success ${CLUSTER_DOMAIN}
       disable denial ${CLUSTER_DOMAIN}
    }
    loop
    reload
    loadbalance
}
`;

/** A PEM block of deterministic base64, 64 characters a line, shaped like a 1,099-byte CA certificate. */
function pem(w: World, key: string): string {
  const r = rngFor(w.seed, 'pem', key);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let body = 'MIIDBTCCAe2gAwIBAgII';
  while (body.length < 1_460) body += alphabet[Math.floor(r() * 64)];
  const lines = body.match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN CERTIFICATE-----\n${lines}=\n-----END CERTIFICATE-----\n`;
}

function kubeProxyConfig(podSubnet: string): string {
  return `apiVersion: kubeproxy.config.k8s.io/v1alpha1
bindAddress: 0.0.0.0
bindAddressHardFail: false
clientConnection:
  acceptContentTypes: ""
  burst: 0
  contentType: ""
  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf
  qps: 0
clusterCIDR: ${podSubnet}
configSyncPeriod: 0s
conntrack:
  maxPerCore: null
  min: null
  tcpCloseWaitTimeout: null
  tcpEstablishedTimeout: null
detectLocalMode: ""
enableProfiling: false
healthzBindAddress: ""
hostnameOverride: ""
iptables:
  masqueradeAll: false
  masqueradeBit: null
  minSyncPeriod: 0s
  syncPeriod: 0s
kind: KubeProxyConfiguration
metricsBindAddress: ""
mode: ""
nodePortAddresses: null
oomScoreAdj: null
portRange: ""
showHiddenMetricsForVersion: ""
winkernel:
  enableDSR: false
`;
}

const KUBE_PROXY_KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    server: https://10.0.0.10:6443
  name: default
contexts:
- context:
    cluster: default
    namespace: default
    user: default
  name: default
current-context: default
users:
- name: default
  user:
    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token
`;

function clusterConfiguration(podSubnet: string): string {
  return `apiServer: {}
apiVersion: kubeadm.k8s.io/v1beta4
caCertificateValidityPeriod: 87600h0m0s
certificateValidityPeriod: 8760h0m0s
certificatesDir: /etc/kubernetes/pki
clusterName: kubernetes
controllerManager: {}
dns: {}
encryptionAlgorithm: RSA-2048
etcd:
  local:
    dataDir: /var/lib/etcd
imageRepository: registry.k8s.io
kind: ClusterConfiguration
kubernetesVersion: ${K8S_VERSION}
networking:
  dnsDomain: ${CLUSTER_DOMAIN}
  podSubnet: ${podSubnet}
  serviceSubnet: ${SERVICE_CIDR}
proxy: {}
scheduler: {}
`;
}

const KUBELET_CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1
authentication:
  anonymous:
    enabled: false
  webhook:
    cacheTTL: 0s
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
cgroupDriver: systemd
clusterDNS:
- 10.96.0.10
clusterDomain: ${CLUSTER_DOMAIN}
containerRuntimeEndpoint: ""
cpuManagerReconcilePeriod: 0s
evictionPressureTransitionPeriod: 0s
fileCheckFrequency: 0s
healthzBindAddress: 127.0.0.1
healthzPort: 10248
httpCheckFrequency: 0s
imageMaximumGCAge: 0s
imageMinimumGCAge: 0s
kind: KubeletConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
memorySwap: {}
nodeStatusReportFrequency: 0s
nodeStatusUpdateFrequency: 0s
rotateCertificates: true
runtimeRequestTimeout: 0s
shutdownGracePeriod: 0s
shutdownGracePeriodCriticalPods: 0s
staticPodPath: /etc/kubernetes/manifests
streamingConnectionIdleTimeout: 0s
syncFrequency: 0s
volumeStatsAggPeriod: 0s
`;

const CNI_CONFIG = JSON.stringify({
  name: 'k8s-pod-network', cniVersion: '0.3.1',
  plugins: [
    { type: 'calico', log_level: 'info', log_file_path: '/var/log/calico/cni/cni.log', datastore_type: 'kubernetes', nodename: '__KUBERNETES_NODE_NAME__', mtu: '__CNI_MTU__', ipam: { type: 'calico-ipam' }, policy: { type: 'k8s' }, kubernetes: { kubeconfig: '__KUBECONFIG_FILEPATH__' } },
    { type: 'portmap', snat: true, capabilities: { portMappings: true } },
    { type: 'bandwidth', capabilities: { bandwidth: true } },
  ],
}, null, 2);

/** kubeadm uploads ClusterConfiguration to `kubeadm-config` and the kubelet's to `kubelet-config`; every namespace gets `kube-root-ca.crt`. */
export function buildConfigMaps(w: World): KObject[] {
  const podSubnet = w.nodes.length > 256 ? '10.128.0.0/9' : '10.244.0.0/16';
  const ca = pem(w, 'ca');
  const frontProxyCa = pem(w, 'front-proxy-ca');
  const at = (min: number) => w.clusterCreated + min * 60_000;
  const cm = (name: string, created: number, data: Record<string, string>, labels?: Record<string, string>): KObject => ({
    apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(w, 'ConfigMap', name, created, labels ? { labels } : {}), data,
  });
  return [
    cm('coredns', at(0.4), { Corefile: COREFILE }),
    cm('kube-proxy', at(0.4), { 'config.conf': kubeProxyConfig(podSubnet), 'kubeconfig.conf': KUBE_PROXY_KUBECONFIG }, { app: 'kube-proxy' }),
    cm('kubeadm-config', at(0.3), { ClusterConfiguration: clusterConfiguration(podSubnet) }),
    cm('kubelet-config', at(0.3), { kubelet: KUBELET_CONFIG }),
    cm('kube-root-ca.crt', at(0.2), { 'ca.crt': ca }),
    cm('kube-apiserver-legacy-service-account-token-tracking', at(0.1), { since: new Date(at(0.1)).toISOString().slice(0, 10) }),
    cm('extension-apiserver-authentication', at(0.1), {
      'client-ca-file': ca, 'requestheader-allowed-names': '["front-proxy-client"]', 'requestheader-client-ca-file': frontProxyCa,
      'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]', 'requestheader-group-headers': '["X-Remote-Group"]', 'requestheader-username-headers': '["X-Remote-User"]',
    }),
    cm('calico-config', at(4), { calico_backend: 'bird', cni_network_config: CNI_CONFIG, typha_service_name: 'none', veth_mtu: '0' }),
    cm('ingress-nginx-controller', at(52), { 'allow-snippet-annotations': 'false' }, { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' }),
    cm('prometheus-server', at(70), { 'prometheus.yml': 'global:\n  evaluation_interval: 1m\n  scrape_interval: 1m\n  scrape_timeout: 10s\nrule_files:\n- /etc/config/recording_rules.yml\n- /etc/config/alerting_rules.yml\nalerting:\n  alertmanagers:\n  - static_configs:\n    - targets:\n      - alertmanager:9093\nscrape_configs:\n- job_name: prometheus\n  static_configs:\n  - targets:\n    - localhost:9090\n- job_name: kubernetes-apiservers\n  kubernetes_sd_configs:\n  - role: endpoints\n  scheme: https\n', 'alerting_rules.yml': '{}\n', 'recording_rules.yml': '{}\n' }, { 'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/component': 'server' }),
    cm('alertmanager', at(71), { 'alertmanager.yml': 'global: {}\nreceivers:\n- name: default-receiver\nroute:\n  group_interval: 5m\n  group_wait: 10s\n  receiver: default-receiver\n  repeat_interval: 3h\n' }, { 'app.kubernetes.io/name': 'alertmanager' }),
    cm('grafana', at(74), { 'grafana.ini': '[analytics]\ncheck_for_updates = true\n[grafana_net]\nurl = https://grafana.net\n[log]\nmode = console\n[paths]\ndata = /var/lib/grafana/\nlogs = /var/log/grafana\nplugins = /var/lib/grafana/plugins\nprovisioning = /etc/grafana/provisioning\n[server]\ndomain = \'\'\n' }, { 'app.kubernetes.io/name': 'grafana' }),
  ];
}
