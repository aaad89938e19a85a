/** ServiceAccounts in kube-system: one per controller (kube-controller-manager runs with --use-service-account-credentials) and one per add-on workload. */
import type { KObject } from '../types';
import { meta, type World } from './model';

/** Controllers kube-controller-manager creates a ServiceAccount for when it uses per-controller credentials. */
const CONTROLLER_ACCOUNTS = [
  'attachdetach-controller', 'bootstrap-signer', 'certificate-controller', 'clusterrole-aggregation-controller', 'cronjob-controller',
  'daemon-set-controller', 'default', 'deployment-controller', 'disruption-controller', 'endpoint-controller', 'endpointslice-controller',
  'endpointslicemirroring-controller', 'ephemeral-volume-controller', 'expand-controller', 'generic-garbage-collector',
  'horizontal-pod-autoscaler', 'job-controller', 'legacy-service-account-token-cleaner', 'namespace-controller', 'node-controller',
  'persistent-volume-binder', 'pod-garbage-collector', 'pv-protection-controller', 'pvc-protection-controller', 'replicaset-controller',
  'replication-controller', 'resourcequota-controller', 'root-ca-cert-publisher', 'service-account-controller', 'service-controller',
  'statefulset-controller', 'token-cleaner', 'ttl-after-finished-controller', 'ttl-controller', 'validatingadmissionpolicy-status-controller',
];

/** Add-on accounts and the minute after `kubeadm init` their manifests were applied. */
const ADDON_ACCOUNTS: [string, number, Record<string, string>?][] = [
  ['coredns', 0.4], ['kube-proxy', 0.4], ['calico-node', 4], ['calico-cni-plugin', 4], ['calico-kube-controllers', 4],
  ['metrics-server', 25, { 'k8s-app': 'metrics-server' }], ['kubernetes-dashboard', 31, { 'k8s-app': 'kubernetes-dashboard' }],
  ['ingress-nginx', 52, { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' }],
  ['ingress-nginx-admission', 52, { 'app.kubernetes.io/component': 'admission-webhook', 'app.kubernetes.io/name': 'ingress-nginx' }],
  ['prometheus-server', 70, { 'app.kubernetes.io/component': 'server', 'app.kubernetes.io/name': 'prometheus' }],
  ['alertmanager', 71, { 'app.kubernetes.io/name': 'alertmanager' }], ['grafana', 74, { 'app.kubernetes.io/name': 'grafana' }],
];

/** Since Kubernetes 1.24 ServiceAccounts carry no token Secrets; pods get projected tokens instead. */
export function buildServiceAccounts(w: World): KObject[] {
  const sa = (name: string, created: number, labels?: Record<string, string>): KObject => ({
    apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(w, 'ServiceAccount', name, created, labels ? { labels } : {}),
  });
  return [
    ...CONTROLLER_ACCOUNTS.map((name) => sa(name, w.clusterCreated + 5_000)),
    ...ADDON_ACCOUNTS.map(([name, min, labels]) => sa(name, w.clusterCreated + min * 60_000, labels)),
  ];
}
