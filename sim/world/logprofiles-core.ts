/** Log lines of the control plane and the node agents (kube-apiserver, scheduler, controller-manager, etcd, kube-proxy, Calico) in their real formats. */
import { K8S_VERSION, type ContainerRec, type PodRec, type World } from './model';
import { calico, klog, zap } from './logformat';
import { hex, int, pick, type Rng } from './rand';

export interface LogCtx { w: World; pod: PodRec; c: ContainerRec }

/** How one component logs: startup banner lines (~40 ms apart), then a line every `intervalMs` (with jitter). */
export interface LogProfile {
  intervalMs: number;
  banner(t: (i: number) => number, ctx: LogCtx): string[];
  line(r: Rng, t: number, ctx: LogCtx, k: number): string;
}

const RESOURCES = ['pods', 'events', 'leases', 'configmaps', 'nodes', 'endpointslices', 'deployments', 'replicasets', 'services'];

const apiserver: LogProfile = {
  intervalMs: 4_000,
  banner: (t, { pod }) => [
    klog(t(0), 'I', 'options.go:228', `external host was not specified, using ${pod.node.ip}`),
    klog(t(1), 'I', 'server.go:142', `Version: ${K8S_VERSION}`),
    klog(t(2), 'I', 'server.go:144', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'),
    klog(t(3), 'I', 'shared_informer.go:313', 'Waiting for caches to sync for node_authorizer'),
    klog(t(4), 'I', 'plugins.go:157', 'Loaded 13 mutating admission controller(s) successfully in the following order: NamespaceLifecycle,LimitRanger,ServiceAccount,NodeRestriction,TaintNodesByCondition,Priority,DefaultTolerationSeconds,DefaultStorageClass,StorageObjectInUseProtection,RuntimeClass,DefaultIngressClass,MutatingAdmissionPolicy,MutatingAdmissionWebhook.'),
    klog(t(5), 'I', 'secure_serving.go:213', 'Serving securely on [::]:6443'),
    klog(t(6), 'I', 'controller.go:615', 'quota admission added evaluator for: leases.coordination.k8s.io'),
  ],
  line: (r, t) => {
    const n = r();
    if (n < 0.45) return klog(t, 'I', 'controller.go:615', `quota admission added evaluator for: ${pick(r, ['events.events.k8s.io', 'endpoints', 'replicasets.apps', 'serviceaccounts'])}`);
    if (n < 0.75) {
      const res = pick(r, RESOURCES);
      return klog(t, 'I', 'trace.go:236', `Trace[${int(r, 100000000, 2147483647)}]: "List" accept:application/json;as=Table;v=v1;g=meta.k8s.io,application/json,audit-id:${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)},client:10.0.0.10,api-group:,api-version:v1,name:,subresource:,namespace:kube-system,protocol:HTTP/2.0,resource:${res},scope:namespace,url:/api/v1/namespaces/kube-system/${res},user-agent:kubectl/${K8S_VERSION} (linux/amd64) kubernetes/a78aa47,verb:LIST (total time: ${int(r, 500, 900)}ms):`);
    }
    if (n < 0.9) return klog(t, 'W', 'watcher.go:338', 'watch chan error: etcdserver: mvcc: required revision has been compacted');
    return klog(t, 'I', 'alloc.go:330', `"allocated clusterIPs" service="default/web-${hex(r, 4)}" clusterIPs={"IPv4":"10.${int(r, 96, 111)}.${int(r, 0, 255)}.${int(r, 1, 254)}"}`);
  },
};

const scheduler: LogProfile = {
  intervalMs: 45_000,
  banner: (t) => [
    klog(t(0), 'I', 'serving.go:386', 'Generated self-signed cert in-memory'),
    klog(t(1), 'I', 'server.go:167', `"Starting Kubernetes Scheduler" version="${K8S_VERSION}"`),
    klog(t(2), 'I', 'secure_serving.go:213', 'Serving securely on 127.0.0.1:10259'),
    klog(t(3), 'I', 'leaderelection.go:254', 'attempting to acquire leader lease kube-system/kube-scheduler...'),
    klog(t(4), 'I', 'leaderelection.go:268', 'successfully acquired lease kube-system/kube-scheduler'),
  ],
  line: (r, t, { w }) => klog(t, 'I', 'schedule_one.go:314', `"Successfully bound pod to node" pod="default/web-${hex(r, 10)}-${hex(r, 5)}" node="${pick(r, w.workers.length ? w.workers : w.nodes).name}" evaluatedNodes=${w.nodes.length} feasibleNodes=${Math.max(1, w.nodes.length - 1)}`),
};

const controllerManager: LogProfile = {
  intervalMs: 20_000,
  banner: (t) => [
    klog(t(0), 'I', 'serving.go:386', 'Generated self-signed cert in-memory'),
    klog(t(1), 'I', 'controllermanager.go:197', `"Starting" version="${K8S_VERSION}"`),
    klog(t(2), 'I', 'secure_serving.go:213', 'Serving securely on 127.0.0.1:10257'),
    klog(t(3), 'I', 'leaderelection.go:254', 'attempting to acquire leader lease kube-system/kube-controller-manager...'),
    klog(t(380), 'I', 'leaderelection.go:268', 'successfully acquired lease kube-system/kube-controller-manager'),
    klog(t(381), 'I', 'event.go:389', '"Event occurred" object="kube-system/kube-controller-manager" fieldPath="" kind="Lease" apiVersion="coordination.k8s.io/v1" type="Normal" reason="LeaderElection"'),
  ],
  line: (r, t) => {
    const n = r();
    if (n < 0.4) return klog(t, 'I', 'replica_set.go:679', `"Finished syncing" logger="replicaset-controller" kind="ReplicaSet" key="default/web-${hex(r, 10)}" duration="${int(r, 20, 120)}.${int(r, 1, 9)}µs"`);
    if (n < 0.7) return klog(t, 'I', 'cleaner.go:175', `"Cleaning CSR as it is more than approvedExpiration duration old and approved." logger="certificatesigningrequest-cleaner-controller" csr="csr-${hex(r, 5)}"`);
    return klog(t, 'I', 'garbagecollector.go:826', '"failed to discover some groups" logger="garbage-collector-controller" groups="map[]"');
  },
};

const etcd: LogProfile = {
  intervalMs: 100_000,
  banner: (t, { pod }) => [
    zap(t(0), 'info', 'etcdmain/etcd.go:73', 'Running: ', { args: ['etcd', `--advertise-client-urls=https://${pod.node.ip}:2379`, '--data-dir=/var/lib/etcd'] }),
    zap(t(1), 'info', 'embed/etcd.go:128', 'configuring peer listeners', { 'listen-peer-urls': [`https://${pod.node.ip}:2380`] }),
    zap(t(2), 'info', 'embed/etcd.go:310', 'starting an etcd server', { 'etcd-version': '3.5.15', 'go-version': 'go1.21.12', 'go-os': 'linux', 'go-arch': 'amd64' }),
    zap(t(3), 'info', 'etcdserver/server.go:2068', 'published local member to cluster through raft', { 'local-member-attributes': `{Name:${pod.node.name} ClientURLs:[https://${pod.node.ip}:2379]}` }),
    zap(t(4), 'info', 'embed/serve.go:250', 'serving client traffic securely', { traffic: 'grpc+http', address: '127.0.0.1:2379' }),
  ],
  line: (r, t, _ctx, k) => {
    const rev = 184_000 + Math.floor(t / 1_000);
    const step = k % 3;
    if (step === 0) return zap(t, 'info', 'mvcc/index.go:214', 'compact tree index', { revision: rev });
    if (step === 1) return zap(t, 'info', 'mvcc/kvstore_compaction.go:69', 'finished scheduled compaction', { 'compact-revision': rev, took: `${int(r, 2, 19)}.${int(r, 100, 999)}ms`, hash: int(r, 1e8, 4e9), 'current-db-size-bytes': 9_650_176, 'current-db-size': '9.7 MB', 'current-db-size-in-use-bytes': 5_124_096, 'current-db-size-in-use': '5.1 MB' });
    return zap(t, 'info', 'mvcc/hash.go:137', 'storing new hash', { hash: int(r, 1e8, 4e9), revision: rev, 'compact-revision': rev - 1_000 });
  },
};

const kubeProxy: LogProfile = {
  intervalMs: 30_000,
  banner: (t, { pod }) => [
    klog(t(0), 'I', 'server_linux.go:66', '"Using iptables proxy"'),
    klog(t(1), 'I', 'server.go:677', `"Successfully retrieved node IP(s)" IPs=["${pod.node.ip}"]`),
    klog(t(2), 'I', 'conntrack.go:60', '"Setting nf_conntrack_max" nfConntrackMax=262144'),
    klog(t(3), 'I', 'server.go:243', '"kube-proxy running in single-stack mode" ipFamily="IPv4"'),
    klog(t(4), 'I', 'server_linux.go:169', '"Using iptables Proxier"'),
    klog(t(5), 'I', 'proxier.go:255', '"Setting route_localnet=1 to allow node-ports on localhost; to change this either disable iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses) to filter loopback addresses"'),
    klog(t(6), 'I', 'config.go:197', '"Starting service config controller"'),
    klog(t(7), 'I', 'config.go:104', '"Starting endpoint slice config controller"'),
    klog(t(8), 'I', 'config.go:326', '"Starting node config controller"'),
    klog(t(9), 'I', 'shared_informer.go:320', 'Caches are synced for service config'),
  ],
  line: (r, t) => klog(t, 'I', 'proxier.go:805', `"SyncProxyRules complete" elapsed="${int(r, 18, 95)}.${int(r, 100, 999)}ms"`),
};

const felixSources = ['felix/summary.go 100', 'felix/int_dataplane.go 1954', 'felix/health.go 336'];
const calicoNode: LogProfile = {
  intervalMs: 10_000,
  banner: (t, { pod }) => [
    calico(t(0), 'INFO', 1, 'tunnel-ip-allocator/allocateip.go 309', 'Current address is still valid, do nothing currentAddr="' + pod.node.podCidr.replace(/\.0\/24$/, '.1') + '" type="ipipTunnelAddress"'),
    calico(t(1), 'INFO', 8, 'startup/startup.go 433', `Early log level set to info`),
    calico(t(2), 'INFO', 8, 'startup/utils.go 126', `Using NODENAME environment for node name ${pod.node.name}`),
    calico(t(3), 'INFO', 8, 'startup/autodetection_methods.go 103', `Using autodetected IPv4 address on interface ens5: ${pod.node.ip}/16`),
    calico(t(4), 'INFO', 62, 'felix/daemon.go 383', 'Successfully loaded configuration. GOMAXPROCS=4 builddate="2024-09-18T20:46:36+0000" config=&config.Config{...} gitcommit="d2b04c4c9" version="v3.28.2"'),
    'bird: Started',
  ],
  line: (r, t, { w, pod }) => {
    const n = r();
    if (n < 0.6) return calico(t, 'INFO', 62, felixSources[0], `Summarising ${int(r, 8, 19)} dataplane reconciliation loops over 1m${int(r, 0, 9)}.${int(r, 0, 9)}s: avg=${int(r, 2, 9)}ms longest=${int(r, 10, 40)}ms (resync-filter-v4,resync-nat-v4)`);
    if (n < 0.85) return calico(t, 'INFO', 62, felixSources[1], `Received *proto.HostMetadataV4V6Update update from calculation graph msg=hostname:"${pick(r, w.nodes).name}" ipv4_addr:"${pick(r, w.nodes).ip}/16"`);
    return calico(t, 'INFO', 79, 'monitor-addresses/autodetection_methods.go 103', `Using autodetected IPv4 address on interface ens5: ${pod.node.ip}/16`);
  },
};

const calicoControllers: LogProfile = {
  intervalMs: 60_000,
  banner: (t) => [
    calico(t(0), 'INFO', 1, 'main.go 99', 'Loaded configuration from environment config=&config.Config{LogLevel:"info", WorkloadEndpointWorkers:1, ProfileWorkers:1, PolicyWorkers:1, NodeWorkers:1, Kubeconfig:"", DatastoreType:"kubernetes"}'),
    calico(t(1), 'INFO', 1, 'main.go 123', 'Ensuring Calico datastore is initialized'),
    calico(t(2), 'INFO', 1, 'main.go 149', 'Calico datastore is initialized'),
    calico(t(3), 'INFO', 1, 'main.go 186', 'Getting initial config snapshot from datastore'),
    calico(t(4), 'INFO', 1, 'main.go 189', 'Got initial config snapshot'),
    calico(t(5), 'INFO', 1, 'watchersyncer.go 89', 'Start called'),
    calico(t(6), 'INFO', 1, 'main.go 203', 'Starting status report routine'),
  ],
  line: (r, t) => (r() < 0.5
    ? calico(t, 'INFO', 1, 'ipam.go 1187', 'Checking dirty nodes for leaks and redundant affinities')
    : calico(t, 'INFO', 1, 'resources.go 350', 'Main client watcher loop')),
};

const initLines = (lines: string[]): LogProfile => ({
  intervalMs: 0,
  banner: (t) => lines.map((text, i) => calico(t(i), 'INFO', 1, text.split('|')[0], text.split('|')[1])),
  line: () => '',
});

export const CORE_PROFILES: Record<string, LogProfile> = {
  'kube-apiserver': apiserver, 'kube-scheduler': scheduler, 'kube-controller-manager': controllerManager, etcd,
  'kube-proxy': kubeProxy, 'calico-node': calicoNode, 'calico-kube-controllers': calicoControllers,
  'calico-upgrade-ipam': initLines(['ipam/ipam_plugin.go 75|migrating from host-local to calico-ipam...', 'k8s/client.go 677|Using Calico IPAM', 'migrator/migrator.go 61|checking host-local IPAM data dir dir existence...', 'migrator/migrator.go 63|host-local IPAM data dir dir not found; no migration necessary, successfully exiting...']),
  'calico-install-cni': initLines(['cni-installer/<nil> <nil>|Running as a Kubernetes pod', 'cni-installer/<nil> <nil>|File is already up to date, skipping file="/host/opt/cni/bin/calico"', 'cni-installer/<nil> <nil>|Wrote Calico CNI binaries to /host/opt/cni/bin', 'cni-installer/<nil> <nil>|CNI plugin version: v3.28.2', 'cni-installer/<nil> <nil>|Using CNI config template from CNI_NETWORK_CONFIG environment variable.', 'cni-installer/<nil> <nil>|Created /host/etc/cni/net.d/10-calico.conflist', 'cni-installer/<nil> <nil>|Done configuring CNI.  Sleep= false']),
  'calico-mount-bpffs': initLines(['init/startup.go 426|Early log level set to info', 'init/init_linux.go 39|Checking if BPF filesystem is mounted.', 'init/init_linux.go 51|BPF filesystem is mounted.', 'init/init_linux.go 57|Checking if Cgroup2 filesystem is mounted.', 'init/init_linux.go 73|Cgroup2 filesystem is mounted.']),
};

/** The controller-manager's last words when it loses its lease (the kubeadm classic under a slow etcd). */
export function lostLeaseLines(ms: number, apiserverIp: string): { time: number; text: string }[] {
  const url = `https://${apiserverIp}:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s`;
  const line = (t: number, text: string) => ({ time: t, text });
  return [
    line(ms - 10_400, klog(ms - 10_400, 'E', 'leaderelection.go:429', `Failed to update lock optimistically: Put "${url}": net/http: request canceled (Client.Timeout exceeded while awaiting headers), falling back to slow path`)),
    line(ms - 5_400, klog(ms - 5_400, 'E', 'leaderelection.go:436', `error retrieving resource lock kube-system/kube-controller-manager: Get "${url}": context deadline exceeded`)),
    line(ms - 5_390, klog(ms - 5_390, 'I', 'leaderelection.go:297', 'failed to renew lease kube-system/kube-controller-manager: timed out waiting for the condition')),
    line(ms - 5, klog(ms - 5, 'E', 'controllermanager.go:340', '"leaderelection lost"')),
  ];
}
