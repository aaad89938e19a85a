/** The monitoring stack installed into kube-system (Prometheus server, Grafana, Alertmanager), as their Helm charts lay it out. */
import { DEFAULT_TOLERATIONS, POD_DEFAULTS, container, httpProbe, type DeployPlan } from './catalog';

const chartLabels = (name: string, component?: string) => ({
  'app.kubernetes.io/instance': name === 'prometheus' || name === 'alertmanager' ? 'prometheus' : name,
  'app.kubernetes.io/name': name,
  ...(component ? { 'app.kubernetes.io/component': component } : {}),
});

/** Prometheus, Grafana and Alertmanager Deployments, labelled `app.kubernetes.io/name=` as their charts do. */
export function monitoringPlans(): DeployPlan[] {
  const promSelector = chartLabels('prometheus', 'server');
  const prometheus: DeployPlan = {
    name: 'prometheus-server', labels: { ...promSelector, 'app.kubernetes.io/part-of': 'prometheus', 'app.kubernetes.io/version': 'v2.54.1' }, selector: promSelector,
    deployLabels: { ...promSelector, 'app.kubernetes.io/part-of': 'prometheus', 'app.kubernetes.io/version': 'v2.54.1', 'helm.sh/chart': 'prometheus-25.27.0' },
    // The config reloader is listed first; the annotation makes `kubectl logs` (and the dashboard) read the server.
    podAnnotations: { 'kubectl.kubernetes.io/default-container': 'prometheus-server' },
    replicas: 1, serviceAccount: 'prometheus-server', createdAfterMin: 70,
    containers: [
      container({
        name: 'prometheus-server-configmap-reload', image: 'quay.io/prometheus-operator/prometheus-config-reloader:v0.76.0',
        args: ['--watched-dir=/etc/config', '--listen-address=0.0.0.0:8080', '--reload-url=http://127.0.0.1:9090/-/reload'],
        ports: [{ containerPort: 8080, name: 'metrics', protocol: 'TCP' }], resources: {},
        volumeMounts: [{ mountPath: '/etc/config', name: 'config-volume', readOnly: true }],
      }, 'config-reloader', 1, 12),
      container({
        name: 'prometheus-server', image: 'quay.io/prometheus/prometheus:v2.54.1',
        args: ['--storage.tsdb.retention.time=15d', '--config.file=/etc/config/prometheus.yml', '--storage.tsdb.path=/data', '--web.console.libraries=/etc/prometheus/console_libraries', '--web.console.templates=/etc/prometheus/consoles', '--web.enable-lifecycle'],
        ports: [{ containerPort: 9090, protocol: 'TCP' }],
        livenessProbe: httpProbe('/-/healthy', 9090, { initialDelaySeconds: 30, timeoutSeconds: 10 }),
        readinessProbe: httpProbe('/-/ready', 9090, { initialDelaySeconds: 30, periodSeconds: 5, timeoutSeconds: 4 }),
        resources: { limits: { memory: '2Gi' }, requests: { cpu: '200m', memory: '512Mi' } },
        volumeMounts: [{ mountPath: '/etc/config', name: 'config-volume' }, { mountPath: '/data', name: 'storage-volume' }],
      }, 'prometheus', 60, 780, 2048),
    ],
    spec: {
      ...POD_DEFAULTS, terminationGracePeriodSeconds: 300, tolerations: DEFAULT_TOLERATIONS,
      securityContext: { fsGroup: 65534, runAsGroup: 65534, runAsNonRoot: true, runAsUser: 65534 },
      volumes: [{ configMap: { defaultMode: 420, name: 'prometheus-server' }, name: 'config-volume' }, { name: 'storage-volume', persistentVolumeClaim: { claimName: 'prometheus-server' } }],
    },
  };
  const grafanaSelector = chartLabels('grafana');
  const grafana: DeployPlan = {
    name: 'grafana', labels: grafanaSelector, selector: grafanaSelector,
    deployLabels: { ...grafanaSelector, 'app.kubernetes.io/version': '11.2.0', 'helm.sh/chart': 'grafana-8.5.1' },
    replicas: 1, serviceAccount: 'grafana', createdAfterMin: 74, rolledMinAgo: 22,
    containers: [container({
      name: 'grafana', image: 'docker.io/grafana/grafana:11.2.0',
      env: [{ name: 'GF_SECURITY_ADMIN_USER', valueFrom: { secretKeyRef: { key: 'admin-user', name: 'grafana' } } }, { name: 'GF_SECURITY_ADMIN_PASSWORD', valueFrom: { secretKeyRef: { key: 'admin-password', name: 'grafana' } } }, { name: 'GF_PATHS_DATA', value: '/var/lib/grafana/' }, { name: 'GF_PATHS_LOGS', value: '/var/log/grafana' }, { name: 'GF_PATHS_PLUGINS', value: '/var/lib/grafana/plugins' }, { name: 'GF_PATHS_PROVISIONING', value: '/etc/grafana/provisioning' }],
      ports: [{ containerPort: 3000, name: 'grafana', protocol: 'TCP' }],
      livenessProbe: httpProbe('/api/health', 3000, { initialDelaySeconds: 60, timeoutSeconds: 30, failureThreshold: 10 }),
      readinessProbe: httpProbe('/api/health', 3000),
      resources: { limits: { memory: '512Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
      volumeMounts: [{ mountPath: '/etc/grafana/grafana.ini', name: 'config', subPath: 'grafana.ini' }, { mountPath: '/var/lib/grafana', name: 'storage' }],
    }, 'grafana', 6, 118, 512)],
    spec: {
      ...POD_DEFAULTS, tolerations: DEFAULT_TOLERATIONS, securityContext: { fsGroup: 472, runAsGroup: 472, runAsNonRoot: true, runAsUser: 472 },
      volumes: [{ configMap: { defaultMode: 420, name: 'grafana' }, name: 'config' }, { emptyDir: {}, name: 'storage' }],
    },
  };
  const amSelector = chartLabels('alertmanager');
  const alertmanager: DeployPlan = {
    name: 'alertmanager', labels: amSelector, selector: amSelector,
    deployLabels: { ...amSelector, 'app.kubernetes.io/version': 'v0.27.0' }, replicas: 1, serviceAccount: 'alertmanager', createdAfterMin: 71,
    containers: [container({
      name: 'alertmanager', image: 'quay.io/prometheus/alertmanager:v0.27.0',
      args: ['--storage.path=/alertmanager', '--config.file=/etc/alertmanager/alertmanager.yml', '--cluster.listen-address='],
      env: [{ name: 'POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } }],
      ports: [{ containerPort: 9093, name: 'http', protocol: 'TCP' }],
      livenessProbe: httpProbe('/', 'http'), readinessProbe: httpProbe('/', 'http'),
      resources: { limits: { memory: '128Mi' }, requests: { cpu: '10m', memory: '32Mi' } },
      volumeMounts: [{ mountPath: '/etc/alertmanager', name: 'config' }, { mountPath: '/alertmanager', name: 'storage' }],
    }, 'alertmanager', 2, 24, 128)],
    spec: {
      ...POD_DEFAULTS, tolerations: DEFAULT_TOLERATIONS, securityContext: { fsGroup: 65534, runAsGroup: 65534, runAsNonRoot: true, runAsUser: 65534 },
      volumes: [{ configMap: { defaultMode: 420, name: 'alertmanager' }, name: 'config' }, { emptyDir: {}, name: 'storage' }],
    },
  };
  return [prometheus, grafana, alertmanager];
}
