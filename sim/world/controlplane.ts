/** kubeadm's static control-plane pods (kube-apiserver, kube-controller-manager, kube-scheduler, etcd) as their mirror pods appear in kube-system. */
import type { KObject } from '../types';
import { ETCD_IMAGE, K8S_VERSION, MINUTE_MS, type NodeRec, type World } from './model';
import { buildPod, type ContainerPlan, type Json } from './pods';
import { hex, rngFor } from './rand';

const hostPath = (name: string, path: string, type = 'DirectoryOrCreate') => ({ name, hostPath: { path, type } });
const mount = (name: string, mountPath: string, readOnly = true) => ({ name, mountPath, ...(readOnly ? { readOnly } : {}) });
const CA_VOLUMES = [hostPath('ca-certs', '/etc/ssl/certs'), hostPath('etc-ca-certificates', '/etc/ca-certificates'), hostPath('k8s-certs', '/etc/kubernetes/pki'), hostPath('usr-local-share-ca-certificates', '/usr/local/share/ca-certificates'), hostPath('usr-share-ca-certificates', '/usr/share/ca-certificates')];
const CA_MOUNTS = [mount('ca-certs', '/etc/ssl/certs'), mount('etc-ca-certificates', '/etc/ca-certificates'), mount('k8s-certs', '/etc/kubernetes/pki'), mount('usr-local-share-ca-certificates', '/usr/local/share/ca-certificates'), mount('usr-share-ca-certificates', '/usr/share/ca-certificates')];

function probe(host: string, path: string, port: number, scheme: string, failureThreshold: number, periodSeconds = 10, initialDelaySeconds = 10): Json {
  return { failureThreshold, httpGet: { host, path, port, scheme }, initialDelaySeconds, periodSeconds, successThreshold: 1, timeoutSeconds: 15 };
}

interface StaticPlan { component: string; image: string; command: string[]; port: number; host: string; path: string; scheme: string; cpu: string; mem?: string; volumes: Json[]; mounts: Json[]; cpuMilli: number; memMi: number }

function plans(node: NodeRec): StaticPlan[] {
  const ip = node.ip;
  const kubeconfig = (file: string) => [`--authentication-kubeconfig=/etc/kubernetes/${file}`, `--authorization-kubeconfig=/etc/kubernetes/${file}`, '--bind-address=127.0.0.1'];
  return [
    { component: 'etcd', image: ETCD_IMAGE, port: 2381, host: '127.0.0.1', path: '/health?exclude=NOSPACE&serializable=true', scheme: 'HTTP', cpu: '100m', mem: '100Mi', cpuMilli: 45, memMi: 110,
      command: ['etcd', `--advertise-client-urls=https://${ip}:2379`, '--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--client-cert-auth=true', '--data-dir=/var/lib/etcd', '--experimental-initial-corrupt-check=true', '--experimental-watch-progress-notify-interval=5s', `--initial-advertise-peer-urls=https://${ip}:2380`, `--initial-cluster=${node.name}=https://${ip}:2380`, '--key-file=/etc/kubernetes/pki/etcd/server.key', `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, '--listen-metrics-urls=http://127.0.0.1:2381', `--listen-peer-urls=https://${ip}:2380`, `--name=${node.name}`, '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt', '--peer-client-cert-auth=true', '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key', '--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt', '--snapshot-count=10000', '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt'],
      volumes: [hostPath('etcd-certs', '/etc/kubernetes/pki/etcd'), hostPath('etcd-data', '/var/lib/etcd')], mounts: [mount('etcd-data', '/var/lib/etcd', false), mount('etcd-certs', '/etc/kubernetes/pki/etcd', false)] },
    { component: 'kube-apiserver', image: `registry.k8s.io/kube-apiserver:${K8S_VERSION}`, port: 6443, host: ip, path: '/livez', scheme: 'HTTPS', cpu: '250m', cpuMilli: 120, memMi: 620,
      command: ['kube-apiserver', `--advertise-address=${ip}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC', '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true', '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt', '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt', '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key', '--etcd-servers=https://127.0.0.1:2379', '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt', '--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key', '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--proxy-client-cert-file=/etc/kubernetes/pki/front-proxy-client.crt', '--proxy-client-key-file=/etc/kubernetes/pki/front-proxy-client.key', '--requestheader-allowed-names=front-proxy-client', '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt', '--requestheader-extra-headers-prefix=X-Remote-Extra-', '--requestheader-group-headers=X-Remote-Group', '--requestheader-username-headers=X-Remote-User', '--secure-port=6443', '--service-account-issuer=https://kubernetes.default.svc.cluster.local', '--service-account-key-file=/etc/kubernetes/pki/sa.pub', '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key', '--service-cluster-ip-range=10.96.0.0/12', '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt', '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key'],
      volumes: CA_VOLUMES, mounts: CA_MOUNTS },
    { component: 'kube-controller-manager', image: `registry.k8s.io/kube-controller-manager:${K8S_VERSION}`, port: 10257, host: '127.0.0.1', path: '/healthz', scheme: 'HTTPS', cpu: '200m', cpuMilli: 35, memMi: 95,
      command: ['kube-controller-manager', '--allocate-node-cidrs=true', ...kubeconfig('controller-manager.conf'), '--client-ca-file=/etc/kubernetes/pki/ca.crt', `--cluster-cidr=${node.podCidr.startsWith('10.244.') ? '10.244.0.0/16' : '10.128.0.0/9'}`, '--cluster-name=kubernetes', '--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt', '--cluster-signing-key-file=/etc/kubernetes/pki/ca.key', '--controllers=*,bootstrapsigner,tokencleaner', '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true', '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt', '--root-ca-file=/etc/kubernetes/pki/ca.crt', '--service-account-private-key-file=/etc/kubernetes/pki/sa.key', '--service-cluster-ip-range=10.96.0.0/12', '--use-service-account-credentials=true'],
      volumes: [...CA_VOLUMES, hostPath('flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec'), hostPath('kubeconfig', '/etc/kubernetes/controller-manager.conf', 'FileOrCreate')],
      mounts: [...CA_MOUNTS, mount('flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', false), mount('kubeconfig', '/etc/kubernetes/controller-manager.conf')] },
    { component: 'kube-scheduler', image: `registry.k8s.io/kube-scheduler:${K8S_VERSION}`, port: 10259, host: '127.0.0.1', path: '/healthz', scheme: 'HTTPS', cpu: '100m', cpuMilli: 12, memMi: 45,
      command: ['kube-scheduler', ...kubeconfig('scheduler.conf'), '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true'],
      volumes: [hostPath('kubeconfig', '/etc/kubernetes/scheduler.conf', 'FileOrCreate')], mounts: [mount('kubeconfig', '/etc/kubernetes/scheduler.conf')] },
  ];
}

/**
 * Mirror pods of the kubelet's static pods: named `<component>-<node>`, labelled `component=` and
 * `tier=control-plane`, owned by their Node, annotated with `kubernetes.io/config.*` (source `file`).
 */
export function buildControlPlane(w: World, node: NodeRec): KObject[] {
  return plans(node).map((p) => {
    const r = rngFor(w.seed, 'static', p.component, node.name);
    const hash = hex(r, 32);
    const startup = p.component === 'etcd' ? { ...probe(p.host, '/health?serializable=false', p.port, p.scheme, 24) } : probe(p.host, p.path, p.port, p.scheme, 24);
    const container: ContainerPlan = {
      profile: p.component, cpuMilli: p.cpuMilli, memMi: p.memMi,
      spec: {
        name: p.component, image: p.image, imagePullPolicy: 'IfNotPresent', command: p.command,
        livenessProbe: probe(p.host, p.path, p.port, p.scheme, 8),
        ...(p.component === 'kube-apiserver' ? { readinessProbe: probe(p.host, '/readyz', p.port, p.scheme, 3, 1, 0) } : {}),
        startupProbe: startup,
        resources: { requests: { cpu: p.cpu, ...(p.mem ? { memory: p.mem } : {}) } },
        terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', volumeMounts: p.mounts,
      },
    };
    const annotations: Record<string, string> = {
      'kubernetes.io/config.hash': hash, 'kubernetes.io/config.mirror': hash,
      'kubernetes.io/config.seen': new Date(node.created - MINUTE_MS).toISOString().replace('Z', '417Z'), 'kubernetes.io/config.source': 'file',
    };
    if (p.component === 'kube-apiserver') annotations['kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint'] = `${node.ip}:6443`;
    if (p.component === 'etcd') annotations['kubeadm.kubernetes.io/etcd.advertise-client-urls'] = `https://${node.ip}:2379`;
    return buildPod(w, {
      name: `${p.component}-${node.name}`, node, created: node.created + 20_000, hostNetwork: true,
      labels: { component: p.component, tier: 'control-plane' }, annotations,
      owner: { apiVersion: 'v1', kind: 'Node', name: node.name, uid: node.uid, controller: true },
      containers: [container],
      spec: {
        dnsPolicy: 'ClusterFirst', enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 2000001000,
        priorityClassName: 'system-node-critical', restartPolicy: 'Always', schedulerName: 'default-scheduler',
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, terminationGracePeriodSeconds: 30,
        tolerations: [{ effect: 'NoExecute', operator: 'Exists' }], volumes: p.volumes,
      },
    });
  });
}
