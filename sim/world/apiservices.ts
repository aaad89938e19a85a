/** The aggregation layer's APIServices (the Local built-in groups and metrics-server's v1beta1.metrics.k8s.io) and the legacy ComponentStatuses. */
import type { KObject } from '../types';
import { iso, uidFor, type World } from './model';

/** Built-in group versions the kube-apiserver registers on start (`kube-aggregator.kubernetes.io/automanaged: onstart`), with their priorities. */
const LOCAL: [string, string, number, number][] = [
  ['', 'v1', 18000, 1], ['admissionregistration.k8s.io', 'v1', 16700, 15], ['apiextensions.k8s.io', 'v1', 16700, 15],
  ['apiregistration.k8s.io', 'v1', 18000, 15], ['apps', 'v1', 17800, 15], ['authentication.k8s.io', 'v1', 17700, 15],
  ['authorization.k8s.io', 'v1', 17600, 15], ['autoscaling', 'v1', 17500, 15], ['autoscaling', 'v2', 17500, 30],
  ['batch', 'v1', 17400, 15], ['certificates.k8s.io', 'v1', 17300, 15], ['coordination.k8s.io', 'v1', 16500, 15],
  ['discovery.k8s.io', 'v1', 16200, 15], ['events.k8s.io', 'v1', 17750, 15], ['flowcontrol.apiserver.k8s.io', 'v1', 16100, 21],
  ['flowcontrol.apiserver.k8s.io', 'v1beta3', 16100, 18], ['networking.k8s.io', 'v1', 17200, 15], ['node.k8s.io', 'v1', 16300, 15],
  ['policy', 'v1', 17100, 15], ['rbac.authorization.k8s.io', 'v1', 17000, 15], ['scheduling.k8s.io', 'v1', 16600, 15],
  ['storage.k8s.io', 'v1', 16800, 15], ['crd.projectcalico.org', 'v1', 1000, 100],
];

export interface MetricsAvailability { available: boolean; reason: string; message: string; since: number }

/**
 * What the aggregator's availability controller posts for v1beta1.metrics.k8s.io. With no ready
 * metrics-server endpoint it reports `MissingEndpoints` before it ever dials the service.
 */
export function metricsAvailability(w: World, notReadySince?: number): MetricsAvailability {
  if (notReadySince === undefined) return { available: true, reason: 'Passed', message: 'all checks passed', since: w.clusterCreated + 26 * 60_000 };
  return { available: false, reason: 'MissingEndpoints', message: 'endpoints for service/metrics-server in "kube-system" have no addresses with port name "https"', since: notReadySince };
}

const apiService = (w: World, name: string, created: number, labels: Record<string, string>, spec: Record<string, unknown>, cond: Record<string, unknown>): KObject => ({
  apiVersion: 'apiregistration.k8s.io/v1', kind: 'APIService',
  metadata: { name, uid: uidFor(w, 'APIService', name), creationTimestamp: iso(created), labels },
  spec, status: { conditions: [{ type: 'Available', ...cond }] },
});

export function buildApiServices(w: World, metrics: MetricsAvailability): KObject[] {
  const local = LOCAL.map(([group, version, groupPriorityMinimum, versionPriority]) => {
    const automanaged = group === 'crd.projectcalico.org' ? 'true' : 'onstart';
    const created = w.clusterCreated + (automanaged === 'true' ? 4 * 60_000 : 0);
    return apiService(w, group ? `${version}.${group}` : version, created, { 'kube-aggregator.kubernetes.io/automanaged': automanaged },
      { ...(group ? { group } : {}), version, groupPriorityMinimum, versionPriority },
      { status: 'True', lastTransitionTime: iso(created), reason: 'Local', message: 'Local APIServices are always available' });
  });
  const remote = apiService(w, 'v1beta1.metrics.k8s.io', w.clusterCreated + 25 * 60_000, { 'k8s-app': 'metrics-server' },
    { service: { name: 'metrics-server', namespace: 'kube-system', port: 443 }, group: 'metrics.k8s.io', version: 'v1beta1', insecureSkipTLSVerify: true, groupPriorityMinimum: 100, versionPriority: 100 },
    { status: metrics.available ? 'True' : 'False', lastTransitionTime: iso(metrics.since), reason: metrics.reason, message: metrics.message });
  return [...local, remote];
}

/** v1 ComponentStatus (deprecated since 1.19, still served): scheduler, controller-manager and each etcd server. */
export function buildComponentStatuses(): KObject[] {
  const cs = (name: string, message: string): KObject => ({
    apiVersion: 'v1', kind: 'ComponentStatus', metadata: { name, creationTimestamp: null as unknown as string },
    conditions: [{ type: 'Healthy', status: 'True', message }],
  });
  return [cs('scheduler', 'ok'), cs('controller-manager', 'ok'), cs('etcd-0', '{"health":"true","reason":""}')];
}
