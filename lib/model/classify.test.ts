import { describe, expect, it } from 'vitest';
import { GROUP_IDS, type GroupId } from '@/lib/api/types';
import { listCaptures, loadCapture } from '@/test/captures';
import { buildClassifyContext, classifyPod, normalizeImage } from './classify';
import type { Pod } from './k8s';

/** Pod name prefix → expected component id, per capture (read off the captures by hand). */
const EXPECTED: Record<string, [string, string][]> = {
  aks: [
    ['coredns-698c77c5d7-', 'coredns'], ['coredns-autoscaler-', 'dns-autoscaler'],
    ['dashboard-metrics-scraper-', 'kubernetes-dashboard'], ['kubernetes-dashboard-', 'kubernetes-dashboard'],
    ['kube-proxy-', 'kube-proxy'], ['metrics-server-', 'metrics-server'], ['omsagent-n6xzh', 'omsagent'],
    ['omsagent-rs-', 'omsagent'], ['tunnelfront-', 'tunnelfront'],
  ],
  'docker-desktop-2025': [
    ['coredns-', 'coredns'], ['etcd-docker-desktop', 'etcd'], ['kube-apiserver-', 'kube-apiserver'],
    ['kube-controller-manager-', 'kube-controller-manager'], ['kube-scheduler-', 'kube-scheduler'],
    ['kube-proxy-', 'kube-proxy'], ['storage-provisioner', 'storage-provisioner'], ['vpnkit-controller', 'vpnkit-controller'],
  ],
  'eks-2': [['aws-node-', 'aws-vpc-cni'], ['coredns-', 'coredns'], ['kube-proxy-', 'kube-proxy']],
  'gke-calico': [
    ['calico-node-vertical-autoscaler-', 'calico-autoscaler'], ['calico-typha-horizontal-', 'calico-autoscaler'],
    ['calico-typha-vertical-', 'calico-autoscaler'], ['calico-node-sfvn5', 'calico'], ['calico-node-wp4nd', 'calico'], ['calico-typha-7c', 'calico'],
    ['ip-masq-agent-', 'ip-masq-agent'], ['kube-dns-autoscaler-', 'dns-autoscaler'], ['kube-dns-cd', 'kube-dns'],
    ['kube-proxy-gke-', 'kube-proxy'], ['l7-default-backend-', 'l7-default-backend'], ['metrics-server-v0.3.6-', 'metrics-server'],
  ],
  k3s: [
    ['coredns-', 'coredns'], ['helm-install-traefik-', 'helm-install'], ['local-path-provisioner-', 'local-path-provisioner'],
    ['metrics-server-', 'metrics-server'], ['svclb-traefik-', 'servicelb'], ['traefik-', 'traefik'],
  ],
  kind: [
    ['coredns-', 'coredns'], ['etcd-', 'etcd'], ['kindnet-', 'kindnet'], ['kube-apiserver-', 'kube-apiserver'],
    ['kube-controller-manager-', 'kube-controller-manager'], ['kube-proxy-', 'kube-proxy'], ['kube-scheduler-', 'kube-scheduler'],
  ],
  'kubeadm-calico': [
    ['calico-kube-controllers-', 'calico'], ['calico-node-', 'calico'], ['coredns-', 'coredns'], ['etcd-', 'etcd'],
    ['kube-apiserver-', 'kube-apiserver'], ['kube-controller-manager-', 'kube-controller-manager'],
    ['kube-proxy-', 'kube-proxy'], ['kube-scheduler-', 'kube-scheduler'],
  ],
  'kubeadm-flannel': [
    ['coredns-', 'coredns'], ['etcd-my-node', 'etcd'], ['kube-apiserver-my-node', 'kube-apiserver'],
    ['kube-controller-manager-my-node', 'kube-controller-manager'], ['kube-flannel-ds-', 'flannel'],
    ['kube-proxy-', 'kube-proxy'], ['kube-scheduler-my-node', 'kube-scheduler'],
  ],
  minikube: [
    ['coredns-', 'coredns'], ['etcd-minikube', 'etcd'], ['kube-apiserver-minikube', 'kube-apiserver'],
    ['kube-proxy-', 'kube-proxy'], ['storage-provisioner', 'storage-provisioner'],
  ],
  'openshift-azure': [['apiserver-watcher-', 'apiserver-watcher']],
  'rke2-cilium': [
    ['cilium-operator-', 'cilium'], ['cilium-qh8nw', 'cilium'], ['cloud-controller-manager-', 'cloud-controller-manager'],
    ['etcd-', 'etcd'], ['helm-install-rke2-', 'helm-install'], ['hubble-relay-', 'hubble'], ['hubble-ui-', 'hubble'],
    ['kube-apiserver-', 'kube-apiserver'], ['kube-proxy-omen-', 'kube-proxy'], ['kube-scheduler-', 'kube-scheduler'],
    ['rke2-coredns-rke2-coredns-autoscaler-', 'dns-autoscaler'], ['rke2-coredns-rke2-coredns-6', 'coredns'],
    ['rke2-ingress-nginx-controller-', 'ingress-nginx'], ['rke2-metrics-server-', 'metrics-server'],
    ['rke2-snapshot-controller-', 'snapshot-controller'],
  ],
};

/** Pods no table names, per capture: pod name prefix → group and one line of evidence the card must state. */
const SHAPED: Record<string, [string, GroupId, string][]> = {};

const GROUP_OF: Record<string, string> = {
  'kube-apiserver': 'control-plane', etcd: 'control-plane', 'kube-scheduler': 'control-plane',
  'kube-controller-manager': 'control-plane', 'cloud-controller-manager': 'control-plane', 'apiserver-watcher': 'control-plane',
  'kube-proxy': 'node', calico: 'node', cilium: 'node', flannel: 'node', kindnet: 'node', 'aws-vpc-cni': 'node',
  'ip-masq-agent': 'node', omsagent: 'monitoring',
};

describe.each(listCaptures())('classification of capture %s', (capture) => {
  const snapshot = loadCapture(capture);
  const ctx = buildClassifyContext(snapshot);
  const results = snapshot.pods.map((pod) => ({ name: pod.metadata?.name ?? '', c: classifyPod(pod, ctx) }));

  it('has pods and an expectation table', () => {
    expect(snapshot.pods.length).toBeGreaterThan(0);
    expect(EXPECTED[capture], `add ${capture} to EXPECTED`).toBeDefined();
  });

  it('puts every pod in one component with a URL-safe id and one of the four groups', () => {
    for (const { c } of results) {
      expect(c.componentId).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(GROUP_IDS).toContain(c.group);
    }
  });

  it('states the evidence for every pod, and leaves none unrecognised', () => {
    for (const { name, c } of results) {
      expect(c.recognition.evidence.length, name).toBeGreaterThan(0);
      expect(c.recognition.evidence.every((e) => e.trim().length > 0), name).toBe(true);
    }
    expect(results.filter(({ c }) => c.recognition.by === 'unrecognised').map(({ name }) => name)).toEqual([]);
  });

  it.each(SHAPED[capture] ?? [])('%s… is placed by shape in %s, saying %s', (prefix, group, evidence) => {
    const matching = results.filter(({ name }) => name.startsWith(prefix));
    expect(matching.length, `no pod starts with ${prefix}`).toBeGreaterThan(0);
    for (const { c } of matching) {
      expect(c.recognition.by).toBe('shape');
      expect(c.group).toBe(group);
      expect(c.recognition.evidence).toContain(evidence);
    }
  });

  it.each(EXPECTED[capture] ?? [])('%s… → %s', (prefix, id) => {
    const matching = results.filter(({ name }) => name.startsWith(prefix));
    expect(matching.length, `no pod starts with ${prefix}`).toBeGreaterThan(0);
    for (const { c } of matching) {
      expect(c.componentId).toBe(id);
      if (GROUP_OF[id]) expect(c.group).toBe(GROUP_OF[id]);
    }
  });
});

function pod(name: string, extra: { labels?: Record<string, string>; owner?: [string, string]; images?: string[]; node?: string }): Pod {
  return {
    metadata: {
      name,
      labels: extra.labels,
      ownerReferences: extra.owner ? [{ kind: extra.owner[0], name: extra.owner[1], controller: true }] : undefined,
    },
    spec: { nodeName: extra.node, containers: (extra.images ?? []).map((image, i) => ({ name: `c${i}`, image })) },
  };
}

const noRs = buildClassifyContext({ replicaSets: [] });

describe('CNIs without a capture', () => {
  it.each([
    ['calico by label', pod('calico-node-x', { labels: { 'k8s-app': 'calico-node' } }), 'calico'],
    ['calico by image', pod('x-1', { owner: ['DaemonSet', 'net'], images: ['docker.io/calico/node:v3.27.0'] }), 'calico'],
    ['calico typha by image', pod('t-1', { owner: ['DaemonSet', 't'], images: ['quay.io/calico/typha:v3.27'] }), 'calico'],
    ['cilium by image', pod('a-1', { owner: ['DaemonSet', 'a'], images: ['quay.io/cilium/cilium:v1.15.1@sha256:abc'] }), 'cilium'],
    ['cilium operator by image', pod('o-1', { owner: ['ReplicaSet', 'o-5d8f9c'], images: ['quay.io/cilium/operator-generic:v1.15'] }), 'cilium'],
    ['flannel by owner', pod('kube-flannel-ds-amd64-abcde', { owner: ['DaemonSet', 'kube-flannel-ds-amd64'] }), 'flannel'],
    ['flannel by image', pod('f-1', { owner: ['DaemonSet', 'f'], images: ['docker.io/flannel/flannel:v0.24.2'] }), 'flannel'],
    ['weave by label', pod('weave-net-abcde', { labels: { name: 'weave-net' } }), 'weave'],
    ['weave by image', pod('w-1', { owner: ['DaemonSet', 'w'], images: ['weaveworks/weave-kube:2.8.1', 'weaveworks/weave-npc:2.8.1'] }), 'weave'],
    ['kindnet by image', pod('k-1', { owner: ['DaemonSet', 'k'], images: ['docker.io/kindest/kindnetd:v20240202-8f1494ea'] }), 'kindnet'],
    ['aws-node by image', pod('n-1', { owner: ['DaemonSet', 'n'], images: ['602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.0'] }), 'aws-vpc-cni'],
    ['azure cni by owner', pod('azure-cns-abcde', { owner: ['DaemonSet', 'azure-cns'] }), 'azure-cni'],
    ['azure vnet by image', pod('v-1', { owner: ['DaemonSet', 'v'], images: ['mcr.microsoft.com/containernetworking/azure-vnet-telemetry:v1.4'] }), 'azure-cni'],
    ['antrea agent by label', pod('antrea-agent-abcde', { labels: { app: 'antrea', component: 'antrea-agent' } }), 'antrea'],
    ['antrea by image', pod('a-1', { owner: ['DaemonSet', 'a'], images: ['antrea/antrea-ubuntu:v1.15.0'] }), 'antrea'],
  ])('%s', (_label, p, id) => {
    const c = classifyPod(p, noRs);
    expect(c.componentId).toBe(id);
    expect(c.group).toBe('node');
  });
});

describe('rules and fallbacks', () => {
  it('names pods no table knows after their workload and places them by shape', () => {
    const c = classifyPod(pod('my-thing-7d8f9c6b5-abcde', { owner: ['ReplicaSet', 'my-thing-7d8f9c6b5'], labels: { 'pod-template-hash': '7d8f9c6b5' } }), noRs);
    expect(c).toMatchObject({ componentId: 'my-thing', componentName: 'my-thing', group: 'add-on', recognition: { by: 'shape', evidence: ['Deployment'] } });
    expect(c.workload).toEqual({ kind: 'Deployment', name: 'my-thing' });
  });

  it('says which table rule matched', () => {
    expect(classifyPod(pod('coredns-1', { labels: { 'k8s-app': 'kube-dns' } }), noRs).recognition).toEqual({ by: 'table', evidence: ['label k8s-app=kube-dns'] });
    expect(classifyPod(pod('aws-node-1', { owner: ['DaemonSet', 'aws-node'] }), noRs).recognition).toEqual({ by: 'table', evidence: ['DaemonSet aws-node'] });
    expect(classifyPod(pod('n-1', { owner: ['DaemonSet', 'n'], images: ['quay.io/cilium/cilium:v1.15'] }), noRs).recognition).toEqual({ by: 'table', evidence: ['image cilium-cilium'] });
  });

  it('names bare unknown pods after their app label, else their name', () => {
    expect(classifyPod(pod('debug-x', { labels: { app: 'toolbox' } }), noRs).componentId).toBe('toolbox');
    expect(classifyPod(pod('debug-x', {}), noRs).componentId).toBe('debug-x');
  });

  it('places CSI node plugins in node and CSI controllers in add-on', () => {
    expect(classifyPod(pod('ebs-csi-node-abcde', { owner: ['DaemonSet', 'ebs-csi-node'] }), noRs)).toMatchObject({ componentId: 'ebs-csi-node', group: 'node', recognition: { by: 'shape' } });
    expect(classifyPod(pod('ebs-csi-controller-5d8f9c-abcde', { owner: ['ReplicaSet', 'ebs-csi-controller-5d8f9c'] }), noRs)).toMatchObject({ componentId: 'ebs-csi-controller', group: 'add-on', recognition: { by: 'shape' } });
  });

  it('recognises static pods by name when they carry no labels', () => {
    const p = pod('kube-apiserver-cp-1', { owner: ['Node', 'cp-1'], node: 'cp-1', images: ['example/hyperkube:v1'] });
    expect(classifyPod(p, noRs)).toMatchObject({ componentId: 'kube-apiserver', group: 'control-plane', recognition: { by: 'table', evidence: ['static pod kube-apiserver'] } });
  });

  it('prefers labels over images (RKE2 coredns autoscaler runs a cluster-autoscaler image)', () => {
    const p = pod('x', { labels: { 'k8s-app': 'kube-dns-autoscaler' }, images: ['rancher/hardened-cluster-autoscaler:v1'] });
    expect(classifyPod(p, noRs).componentId).toBe('dns-autoscaler');
  });

  it('never crashes on missing or odd fields', () => {
    const odd = [{}, { metadata: null, spec: null }, { metadata: { labels: null, ownerReferences: [{}] } },
      { spec: { containers: [{}, { image: '' }, { image: 'registry:5000/x' }] } }] as Pod[];
    for (const p of odd) expect(classifyPod(p, noRs)).toMatchObject({ group: 'add-on', recognition: { by: 'unrecognised' } });
  });

  it('normalizes image references', () => {
    expect(normalizeImage('602401143452.dkr.ecr.us-east-1.amazonaws.com/amazon-k8s-cni:v1.20.4')).toBe('amazon-k8s-cni');
    expect(normalizeImage('localhost:5000/calico/node@sha256:abc')).toBe('calico-node');
    expect(normalizeImage('k8s.gcr.io/kube-proxy-amd64:v1.18')).toBe('kube-proxy');
  });
});
