/** The add-on Deployments of the documented kubeadm kube-system: CoreDNS, Calico's controllers, metrics-server, the dashboard and ingress-nginx. */
import { CALICO_VERSION } from './model';
import { CRITICAL_ADDON_TOLERATIONS, DEFAULT_TOLERATIONS, POD_DEFAULTS, container, httpProbe, type DeployPlan } from './catalog';

const tmp = (name: string) => ({ name, emptyDir: {} });
const port = (name: string, containerPort: number, protocol = 'TCP') => ({ containerPort, name, protocol });

/** kubeadm's CoreDNS Deployment (coredns v1.11.3 for Kubernetes 1.31), selected by `k8s-app=kube-dns`. */
export function addonPlans(): DeployPlan[] {
  const coredns: DeployPlan = {
    name: 'coredns', labels: { 'k8s-app': 'kube-dns' }, deployLabels: { 'k8s-app': 'kube-dns' }, replicas: 2, serviceAccount: 'coredns', createdAfterMin: 0, spread: true,
    containers: [container({
      name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.11.3', args: ['-conf', '/etc/coredns/Corefile'],
      ports: [port('dns', 53, 'UDP'), port('dns-tcp', 53), port('metrics', 9153)],
      livenessProbe: httpProbe('/health', 8080, { initialDelaySeconds: 60, timeoutSeconds: 5, failureThreshold: 5 }),
      readinessProbe: httpProbe('/ready', 8181),
      resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
      securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] }, readOnlyRootFilesystem: true },
      volumeMounts: [{ mountPath: '/etc/coredns', name: 'config-volume', readOnly: true }],
    }, 'coredns', 3, 18, 170)],
    spec: {
      ...POD_DEFAULTS, dnsPolicy: 'Default', nodeSelector: { 'kubernetes.io/os': 'linux' }, priorityClassName: 'system-cluster-critical', priority: 2000000000,
      affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ podAffinityTerm: { labelSelector: { matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }] }, topologyKey: 'kubernetes.io/hostname' }, weight: 100 }] } },
      tolerations: [...CRITICAL_ADDON_TOLERATIONS, ...DEFAULT_TOLERATIONS],
      volumes: [{ configMap: { defaultMode: 420, items: [{ key: 'Corefile', path: 'Corefile' }], name: 'coredns' }, name: 'config-volume' }],
    },
  };
  const calicoControllers: DeployPlan = {
    name: 'calico-kube-controllers', labels: { 'k8s-app': 'calico-kube-controllers' }, deployLabels: { 'k8s-app': 'calico-kube-controllers' }, replicas: 1, serviceAccount: 'calico-kube-controllers', createdAfterMin: 4,
    containers: [container({
      name: 'calico-kube-controllers', image: `docker.io/calico/kube-controllers:${CALICO_VERSION}`,
      env: [{ name: 'ENABLED_CONTROLLERS', value: 'node' }, { name: 'DATASTORE_TYPE', value: 'kubernetes' }],
      livenessProbe: { exec: { command: ['/usr/bin/check-status', '-l'] }, failureThreshold: 6, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 10 },
      readinessProbe: { exec: { command: ['/usr/bin/check-status', '-r'] }, failureThreshold: 3, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 },
      resources: {},
    }, 'calico-kube-controllers', 2, 24)],
    spec: { ...POD_DEFAULTS, nodeSelector: { 'kubernetes.io/os': 'linux' }, priorityClassName: 'system-cluster-critical', priority: 2000000000, tolerations: [...CRITICAL_ADDON_TOLERATIONS, ...DEFAULT_TOLERATIONS] },
  };
  const metricsServer: DeployPlan = {
    name: 'metrics-server', labels: { 'k8s-app': 'metrics-server' }, deployLabels: { 'k8s-app': 'metrics-server' }, replicas: 1, serviceAccount: 'metrics-server', createdAfterMin: 25,
    containers: [container({
      name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.7.2',
      args: ['--cert-dir=/tmp', '--secure-port=10250', '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--kubelet-use-node-status-port', '--metric-resolution=15s', '--kubelet-insecure-tls'],
      ports: [port('https', 10250)],
      livenessProbe: httpProbe('/livez', 'https', { scheme: 'HTTPS', failureThreshold: 3 }),
      readinessProbe: httpProbe('/readyz', 'https', { scheme: 'HTTPS', initialDelaySeconds: 20 }),
      resources: { requests: { cpu: '100m', memory: '200Mi' } },
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
      volumeMounts: [{ mountPath: '/tmp', name: 'tmp-dir' }],
    }, 'metrics-server', 5, 32)],
    spec: { ...POD_DEFAULTS, nodeSelector: { 'kubernetes.io/os': 'linux' }, priorityClassName: 'system-cluster-critical', priority: 2000000000, tolerations: DEFAULT_TOLERATIONS, volumes: [tmp('tmp-dir')] },
  };
  const dashboard: DeployPlan = {
    name: 'kubernetes-dashboard', labels: { 'k8s-app': 'kubernetes-dashboard' }, deployLabels: { 'k8s-app': 'kubernetes-dashboard' }, replicas: 1, serviceAccount: 'kubernetes-dashboard', createdAfterMin: 31,
    containers: [container({
      name: 'kubernetes-dashboard', image: 'docker.io/kubernetesui/dashboard:v2.7.0', args: ['--auto-generate-certificates', '--namespace=kube-system'],
      ports: [{ containerPort: 8443, protocol: 'TCP' }], livenessProbe: httpProbe('/', 8443, { scheme: 'HTTPS', initialDelaySeconds: 30, timeoutSeconds: 30 }),
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsGroup: 2001, runAsUser: 1001 },
      volumeMounts: [{ mountPath: '/certs', name: 'kubernetes-dashboard-certs' }, { mountPath: '/tmp', name: 'tmp-volume' }], resources: {},
    }, 'kubernetes-dashboard', 1, 28)],
    spec: { ...POD_DEFAULTS, nodeSelector: { 'kubernetes.io/os': 'linux' }, securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, tolerations: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/master' }, ...DEFAULT_TOLERATIONS], volumes: [{ name: 'kubernetes-dashboard-certs', secret: { defaultMode: 420, secretName: 'kubernetes-dashboard-certs' } }, tmp('tmp-volume')] },
  };
  const scraper: DeployPlan = {
    name: 'dashboard-metrics-scraper', labels: { 'k8s-app': 'dashboard-metrics-scraper' }, deployLabels: { 'k8s-app': 'dashboard-metrics-scraper' }, replicas: 1, serviceAccount: 'kubernetes-dashboard', createdAfterMin: 31,
    containers: [container({
      name: 'dashboard-metrics-scraper', image: 'docker.io/kubernetesui/metrics-scraper:v1.0.8', ports: [{ containerPort: 8000, protocol: 'TCP' }],
      livenessProbe: httpProbe('/', 8000, { initialDelaySeconds: 30, timeoutSeconds: 30 }), resources: {},
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsGroup: 2001, runAsUser: 1001 },
      volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }],
    }, 'dashboard-metrics-scraper', 1, 14)],
    spec: { ...POD_DEFAULTS, nodeSelector: { 'kubernetes.io/os': 'linux' }, securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, tolerations: DEFAULT_TOLERATIONS, volumes: [tmp('tmp-volume')] },
  };
  const nginxLabels = { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };
  const ingress: DeployPlan = {
    name: 'ingress-nginx-controller', labels: { ...nginxLabels, 'app.kubernetes.io/part-of': 'ingress-nginx', 'app.kubernetes.io/version': '1.11.3' }, selector: nginxLabels,
    deployLabels: { ...nginxLabels, 'app.kubernetes.io/part-of': 'ingress-nginx', 'app.kubernetes.io/version': '1.11.3' }, replicas: 1, serviceAccount: 'ingress-nginx', createdAfterMin: 52,
    containers: [container({
      name: 'controller', image: 'registry.k8s.io/ingress-nginx/controller:v1.11.3',
      args: ['/nginx-ingress-controller', '--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller', '--election-id=ingress-nginx-leader', '--controller-class=k8s.io/ingress-nginx', '--ingress-class=nginx', '--configmap=$(POD_NAMESPACE)/ingress-nginx-controller', '--validating-webhook=:8443', '--validating-webhook-certificate=/usr/local/certificates/cert', '--validating-webhook-key=/usr/local/certificates/key', '--enable-metrics=false'],
      env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }, { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } }, { name: 'LD_PRELOAD', value: '/usr/local/lib/libmimalloc.so' }],
      lifecycle: { preStop: { exec: { command: ['/wait-shutdown'] } } },
      livenessProbe: httpProbe('/healthz', 10254, { initialDelaySeconds: 10, failureThreshold: 5 }), readinessProbe: httpProbe('/healthz', 10254, { initialDelaySeconds: 10 }),
      ports: [port('http', 80), port('https', 443), port('webhook', 8443)],
      resources: { requests: { cpu: '100m', memory: '90Mi' } },
      securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] }, readOnlyRootFilesystem: false, runAsNonRoot: true, runAsUser: 101, seccompProfile: { type: 'RuntimeDefault' } },
      volumeMounts: [{ mountPath: '/usr/local/certificates/', name: 'webhook-cert', readOnly: true }],
    }, 'ingress-nginx', 4, 105)],
    spec: { ...POD_DEFAULTS, nodeSelector: { 'kubernetes.io/os': 'linux' }, terminationGracePeriodSeconds: 300, tolerations: DEFAULT_TOLERATIONS, volumes: [{ name: 'webhook-cert', secret: { defaultMode: 420, secretName: 'ingress-nginx-admission' } }] },
  };
  return [coredns, calicoControllers, metricsServer, dashboard, scraper, ingress];
}
