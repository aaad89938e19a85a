/** Services of the kube-system add-ons with their Endpoints and EndpointSlices, derived from the pods' readiness as the endpoint controllers do. */
import type { KObject } from '../types';
import { iso, meta, uidFor, type World } from './model';
import { isPodReady } from './status';
import { int, nameSuffix, rngFor } from './rand';

type Json = Record<string, unknown>;
interface PortDef { name: string; port: number; targetPort: number | string; protocol?: string; nodePort?: number }
interface SvcDef { name: string; selector: Record<string, string>; ports: PortDef[]; labels?: Record<string, string>; annotations?: Record<string, string>; ip?: string; type?: string; createdAfterMin: number }

const nginx = { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };

function defs(): SvcDef[] {
  return [
    { name: 'kube-dns', ip: '10.96.0.10', createdAfterMin: 0, selector: { 'k8s-app': 'kube-dns' },
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      ports: [{ name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, targetPort: 53 }, { name: 'metrics', port: 9153, targetPort: 9153 }] },
    { name: 'metrics-server', createdAfterMin: 25, selector: { 'k8s-app': 'metrics-server' }, labels: { 'k8s-app': 'metrics-server' }, ports: [{ name: 'https', port: 443, targetPort: 'https' }] },
    { name: 'kubernetes-dashboard', createdAfterMin: 31, selector: { 'k8s-app': 'kubernetes-dashboard' }, labels: { 'k8s-app': 'kubernetes-dashboard' }, ports: [{ name: '', port: 443, targetPort: 8443 }] },
    { name: 'dashboard-metrics-scraper', createdAfterMin: 31, selector: { 'k8s-app': 'dashboard-metrics-scraper' }, labels: { 'k8s-app': 'dashboard-metrics-scraper' }, ports: [{ name: '', port: 8000, targetPort: 8000 }] },
    { name: 'ingress-nginx-controller', type: 'NodePort', createdAfterMin: 52, selector: nginx, labels: nginx,
      ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }, { name: 'https', port: 443, targetPort: 'https', nodePort: 30443 }] },
    { name: 'ingress-nginx-controller-admission', createdAfterMin: 52, selector: nginx, labels: nginx, ports: [{ name: 'https-webhook', port: 443, targetPort: 'webhook' }] },
    { name: 'prometheus-server', createdAfterMin: 70, selector: { 'app.kubernetes.io/component': 'server', 'app.kubernetes.io/instance': 'prometheus', 'app.kubernetes.io/name': 'prometheus' },
      labels: { 'app.kubernetes.io/component': 'server', 'app.kubernetes.io/instance': 'prometheus', 'app.kubernetes.io/name': 'prometheus' }, ports: [{ name: 'http', port: 80, targetPort: 9090 }] },
    { name: 'alertmanager', createdAfterMin: 71, selector: { 'app.kubernetes.io/instance': 'prometheus', 'app.kubernetes.io/name': 'alertmanager' },
      labels: { 'app.kubernetes.io/instance': 'prometheus', 'app.kubernetes.io/name': 'alertmanager' }, ports: [{ name: 'http', port: 9093, targetPort: 'http' }] },
    { name: 'grafana', createdAfterMin: 74, selector: { 'app.kubernetes.io/instance': 'grafana', 'app.kubernetes.io/name': 'grafana' },
      labels: { 'app.kubernetes.io/instance': 'grafana', 'app.kubernetes.io/name': 'grafana' }, ports: [{ name: 'service', port: 80, targetPort: 'grafana' }] },
  ];
}

/** Pick each Service's ClusterIP from 10.96.0.0/12 (kube-dns is pinned at 10.96.0.10 by kubeadm). */
export function assignServiceIps(w: World): void {
  const r = rngFor(w.seed, 'service-ips');
  for (const d of defs()) w.serviceIps.set(d.name, d.ip ?? `10.${96 + int(r, 0, 15)}.${int(r, 0, 255)}.${int(r, 1, 254)}`);
}

const matches = (labels: Record<string, string> | undefined, selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** Resolve a named targetPort against the pod's container ports, as the endpoints controller does. */
function resolvePort(pod: KObject, target: number | string): number {
  if (typeof target === 'number') return target;
  const containers = ((pod.spec as Json).containers ?? []) as { ports?: { name?: string; containerPort: number }[] }[];
  return containers.flatMap((c) => c.ports ?? []).find((p) => p.name === target)?.containerPort ?? 0;
}

/** Services, Endpoints (not-ready pods under notReadyAddresses) and EndpointSlices (`ready: false`). */
export function buildServices(w: World, pods: KObject[]): KObject[] {
  const out: KObject[] = [];
  for (const d of defs()) {
    const created = w.clusterCreated + d.createdAfterMin * 60_000 + 500;
    const ip = w.serviceIps.get(d.name)!;
    const selected = pods.filter((p) => matches(p.metadata.labels, d.selector));
    const ports = d.ports.map((p) => ({ name: p.name || undefined, port: p.port, protocol: p.protocol ?? 'TCP', targetPort: p.targetPort, ...(p.nodePort ? { nodePort: p.nodePort } : {}) }));
    out.push({
      apiVersion: 'v1', kind: 'Service', metadata: meta(w, 'Service', d.name, created, { labels: d.labels, annotations: d.annotations }),
      spec: { clusterIP: ip, clusterIPs: [ip], internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', ports, selector: d.selector, sessionAffinity: 'None', type: d.type ?? 'ClusterIP', ...(d.type === 'NodePort' ? { externalTrafficPolicy: 'Cluster' } : {}) },
      status: { loadBalancer: {} },
    });
    const epPorts = (pod: KObject | undefined) => d.ports.map((p) => ({ name: p.name || undefined, port: pod ? resolvePort(pod, p.targetPort) : Number(p.targetPort) || p.port, protocol: p.protocol ?? 'TCP' }));
    const address = (p: KObject) => ({ ip: (p.status as Json).podIP, nodeName: (p.spec as Json).nodeName, targetRef: { kind: 'Pod', name: p.metadata.name, namespace: p.metadata.namespace, uid: p.metadata.uid } });
    const ready = selected.filter(isPodReady);
    const notReady = selected.filter((p) => !isPodReady(p));
    out.push({
      apiVersion: 'v1', kind: 'Endpoints',
      metadata: meta(w, 'Endpoints', d.name, created, { labels: d.labels, annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': iso(w.start - 60_000) } }),
      ...(selected.length ? { subsets: [{ ...(ready.length ? { addresses: ready.map(address) } : {}), ...(notReady.length ? { notReadyAddresses: notReady.map(address) } : {}), ports: epPorts(selected[0]) }] } : {}),
    });
    const sliceName = `${d.name}-${nameSuffix(rngFor(w.seed, 'slice', d.name))}`;
    out.push({
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
      metadata: meta(w, 'EndpointSlice', sliceName, created, {
        generateName: `${d.name}-`, generation: 1 + notReady.length,
        labels: { ...d.labels, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': d.name },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: d.name, uid: uidFor(w, 'Service', d.name), controller: true, blockOwnerDeletion: true }],
      }),
      addressType: 'IPv4',
      endpoints: selected.map((p) => {
        const isReady = isPodReady(p);
        return { addresses: [(p.status as Json).podIP], conditions: { ready: isReady, serving: isReady, terminating: false }, nodeName: (p.spec as Json).nodeName, targetRef: { kind: 'Pod', name: p.metadata.name, namespace: p.metadata.namespace, uid: p.metadata.uid } };
      }),
      ports: epPorts(selected[0]),
    });
  }
  return out;
}
