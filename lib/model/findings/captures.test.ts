/**
 * Findings over the real captures in fixtures/clusters: the exact set of finding ids per capture (no
 * false alarms on healthy clusters, and what each rule says about each distribution), judged at the
 * moment each capture was taken, with the server's probes answering normally.
 */
import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '@/lib/model/k8s';
import { captureTime, loadCaptureConfigMaps } from '@/test/capture-context';
import { listCaptures, loadCapture } from '@/test/captures';
import type { FindingsContext } from './context';
import { buildFindings } from './index';

function context(name: string, now: number): FindingsContext {
  return {
    now,
    configMaps: loadCaptureConfigMaps(name),
    dns: { status: 'ok', name: 'kubernetes.default.svc.cluster.local', server: '10.96.0.10:53', answers: ['10.96.0.1'], checkedAt: new Date(now).toISOString() },
    tls: { status: 'ok', server: '10.0.0.1:6443', validTo: new Date(now + 300 * 86_400_000).toISOString(), checkedAt: new Date(now).toISOString() },
    podMetrics: { ok: true, at: new Date(now).toISOString(), containers: [] },
  };
}

/** What each capture must produce, and nothing else. */
const EXPECTED: Record<string, string[]> = {
  'aks': [
    'apiserver/readyz-unchecked',
    'control-plane/leader-election-unchecked',
    'dns/endpoints-unchecked',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/restarts:coredns-autoscaler-6d7bd69669-nmpz2',
    'resources/restarts:kubernetes-dashboard-7f7676f7b5-65j6w',
    'resources/restarts:tunnelfront-6869944cf6-j2zsk',
    'resources/unbounded:dns-autoscaler',
    'resources/unbounded:kube-proxy',
    'resources/unbounded:metrics-server',
    'resources/unbounded:tunnelfront',
    'security/host-network',
    'security/privileged',
  ],
  'docker-desktop-2025': [
    'apiserver/readyz-unchecked',
    'control-plane/etcd-backup',
    'dns/endpoints-unchecked',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:etcd',
    'resources/unbounded:kube-apiserver',
    'resources/unbounded:kube-controller-manager',
    'resources/unbounded:kube-proxy',
    'resources/unbounded:kube-scheduler',
    'resources/unbounded:storage-provisioner',
    'resources/unbounded:vpnkit-controller',
    'security/host-network',
    'security/privileged',
  ],
  'eks-2': [
    'apiserver/readyz-unchecked',
    'control-plane/leader-election-unchecked',
    'dns/endpoints-unchecked',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:aws-vpc-cni',
    'resources/unbounded:kube-proxy',
    'security/host-network',
    'security/privileged',
    'updates/eol',
  ],
  'gke-calico': [
    'apiserver/readyz-unchecked',
    'control-plane/leader-election-unchecked',
    'dns/endpoints-unchecked',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:calico',
    'resources/unbounded:calico-autoscaler',
    'resources/unbounded:dns-autoscaler',
    'resources/unbounded:ip-masq-agent',
    'resources/unbounded:kube-dns',
    'resources/unbounded:kube-proxy',
    'security/host-network',
    'security/privileged',
    'updates/eol',
    'updates/k8s-gcr-io',
  ],
  'k3s': [
    'apiserver/readyz-unchecked',
    'control-plane/leader-election-unchecked',
    'dns/endpoints-unchecked',
    'dns/single-replica:coredns',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:local-path-provisioner',
    'resources/unbounded:metrics-server',
    'resources/unbounded:servicelb',
    'resources/unbounded:traefik',
    'updates/eol',
  ],
  'kind': [
    'apiserver/readyz-unchecked',
    'control-plane/etcd-backup',
    'dns/endpoints-unchecked',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:etcd',
    'resources/unbounded:kube-apiserver',
    'resources/unbounded:kube-controller-manager',
    'resources/unbounded:kube-proxy',
    'resources/unbounded:kube-scheduler',
    'security/host-network',
    'security/privileged',
    'updates/k8s-gcr-io',
  ],
  'kubeadm-calico': [
    'apiserver/readyz-unchecked',
    'control-plane/etcd-backup',
    'dns/endpoints-unchecked',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:calico',
    'resources/unbounded:etcd',
    'resources/unbounded:kube-apiserver',
    'resources/unbounded:kube-controller-manager',
    'resources/unbounded:kube-proxy',
    'resources/unbounded:kube-scheduler',
    'security/host-network',
    'security/privileged',
    'updates/k8s-gcr-io',
  ],
  'kubeadm-flannel': [
    'apiserver/readyz-unchecked',
    'control-plane/etcd-backup',
    'dns/endpoints-unchecked',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:etcd',
    'resources/unbounded:kube-apiserver',
    'resources/unbounded:kube-controller-manager',
    'resources/unbounded:kube-proxy',
    'resources/unbounded:kube-scheduler',
    'security/host-network',
    'security/privileged',
    'updates/eol',
    'updates/k8s-gcr-io',
  ],
  'minikube': [
    'apiserver/readyz-unchecked',
    'control-plane/etcd-backup',
    'dns/endpoints-unchecked',
    'dns/single-replica:coredns',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/restarts:storage-provisioner',
    'resources/unbounded:etcd',
    'resources/unbounded:kube-apiserver',
    'resources/unbounded:kube-controller-manager',
    'resources/unbounded:kube-proxy',
    'resources/unbounded:kube-scheduler',
    'resources/unbounded:storage-provisioner',
    'security/host-network',
    'security/privileged',
  ],
  'openshift-azure': [
    'apiserver/readyz-unchecked',
    'control-plane/leader-election-unchecked',
    'dns/not-in-kube-system',
    'metrics/apiservice-unchecked',
    'resources/unbounded:apiserver-watcher',
    'security/host-network',
    'security/privileged',
  ],
  'rke2-cilium': [
    'apiserver/readyz-unchecked',
    'control-plane/etcd-backup',
    'dns/endpoints-unchecked',
    'dns/single-replica:coredns',
    'metrics/apiservice-unchecked',
    'nodes/heartbeat-unchecked',
    'resources/unbounded:cilium',
    'resources/unbounded:cloud-controller-manager',
    'resources/unbounded:etcd',
    'resources/unbounded:hubble',
    'resources/unbounded:ingress-nginx',
    'resources/unbounded:kube-apiserver',
    'resources/unbounded:kube-controller-manager',
    'resources/unbounded:kube-proxy',
    'resources/unbounded:kube-scheduler',
    'resources/unbounded:metrics-server',
    'resources/unbounded:snapshot-controller',
    'security/host-network',
    'security/privileged',
  ],
};

describe('findings on the real captures', () => {
  it.each(listCaptures())('%s produces exactly its expected findings', (name) => {
    const snapshot = loadCapture(name);
    const ids = buildFindings(snapshot, context(name, captureTime(snapshot))).map((f) => f.id).sort();
    expect(ids).toEqual(EXPECTED[name]);
  });

  it('no healthy capture raises a critical finding', () => {
    for (const name of listCaptures()) {
      const snapshot = loadCapture(name);
      const critical = buildFindings(snapshot, context(name, captureTime(snapshot))).filter((f) => f.severity === 'critical');
      expect(critical.map((f) => `${name}: ${f.id}`)).toEqual([]);
    }
  });

  it('every finding carries evidence, a subject and kubectl commands', () => {
    for (const name of listCaptures()) {
      const snapshot = loadCapture(name);
      for (const f of buildFindings(snapshot, context(name, captureTime(snapshot)))) {
        expect(f.evidence.length, f.id).toBeGreaterThan(0);
        expect(f.subject.name, f.id).not.toBe('');
        expect(f.commands.every((c) => c.startsWith('kubectl') || c.startsWith('kubeadm')), f.id).toBe(true);
      }
    }
  });
});

/**
 * No capture has a node NotReady for want of a CNI (every one was taken with its network up), so this
 * case derives one from `kind`: its kindnet removed and its node reporting what the kubelet reports on
 * a fresh cluster before a CNI is applied (containerd's "cni plugin not initialized").
 */
describe('a cluster with no CNI (kind, kindnet removed)', () => {
  const NETWORK_MESSAGE = 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';

  function withoutCni() {
    const base = loadCapture('kind');
    const isKindnet = (p: Pod) => /^kindnet/.test(p.metadata?.name ?? '');
    const nodes: Node[] = base.nodes.map((n) => ({
      ...n,
      status: {
        ...n.status,
        conditions: (n.status?.conditions ?? []).map((c) => (c.type === 'Ready' ? { ...c, status: 'False', reason: 'KubeletNotReady', message: NETWORK_MESSAGE } : c)),
      },
    }));
    return { ...base, nodes, pods: base.pods.filter((p) => !isKindnet(p)), daemonSets: base.daemonSets.filter((d) => d.metadata?.name !== 'kindnet') };
  }

  it('reports the node NotReady and no CNI, both critical, with the kubelet message as evidence', () => {
    const snapshot = withoutCni();
    const findings = buildFindings(snapshot, context('kind', captureTime(snapshot)));
    const noCni = findings.find((f) => f.id === 'nodes/no-cni');
    const notReady = findings.find((f) => f.id === 'nodes/not-ready:local-test-control-plane');
    expect(noCni?.severity).toBe('critical');
    expect(noCni?.evidence.join('\n')).toContain('cni plugin not initialized');
    expect(notReady?.severity).toBe('critical');
    expect(notReady?.nextSteps.join(' ')).toMatch(/install or repair the CNI/);
  });

  it('the unmodified capture, whose kindnet runs, reports neither', () => {
    const snapshot = loadCapture('kind');
    const ids = buildFindings(snapshot, context('kind', captureTime(snapshot))).map((f) => f.id);
    expect(ids).not.toContain('nodes/no-cni');
  });
});
