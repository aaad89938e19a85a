/** NetworkPolicies an operator would keep in kube-system: metrics-server reachable by the API server, the dashboard only from the ingress controller. */
import type { KObject } from '../types';
import { meta, type World } from './model';

/** networking.k8s.io/v1 NetworkPolicy objects, enforced by Calico's Felix on every node. */
export function buildNetworkPolicies(w: World): KObject[] {
  const created = w.clusterCreated + 95 * 60_000;
  const policy = (name: string, spec: Record<string, unknown>): KObject => ({
    apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(w, 'NetworkPolicy', name, created, { generation: 1 }), spec,
  });
  return [
    // The aggregation layer calls metrics-server from the API server's host network, so allow 10250 from anywhere.
    policy('allow-metrics-server', {
      podSelector: { matchLabels: { 'k8s-app': 'metrics-server' } },
      policyTypes: ['Ingress'],
      ingress: [{ ports: [{ port: 10250, protocol: 'TCP' }] }],
    }),
    policy('dashboard-from-ingress-only', {
      podSelector: { matchLabels: { 'k8s-app': 'kubernetes-dashboard' } },
      policyTypes: ['Ingress'],
      ingress: [{
        from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } } }],
        ports: [{ port: 8443, protocol: 'TCP' }],
      }],
    }),
    policy('dashboard-metrics-scraper-from-dashboard', {
      podSelector: { matchLabels: { 'k8s-app': 'dashboard-metrics-scraper' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { 'k8s-app': 'kubernetes-dashboard' } } }], ports: [{ port: 8000, protocol: 'TCP' }] }],
    }),
  ];
}
