import { describe, expect, it } from 'vitest';
import { decodeNodeRows, encodeNodeRows, type NodeRow } from '@/lib/api/nodes';
import { makePod } from '@/test/k8s-builders';
import type { Lease } from './k8s';
import {
  compareNodeRows,
  conditionProblems,
  filterNodeRows,
  indexNodeFacts,
  kubeProxyImageVersion,
  nodeReadiness,
  summarizeNodes,
  toNodeConditions,
  toNodeResources,
  toNodeRow,
  type NodeObject,
} from './nodes';

const node = (name: string, ready: string | undefined, extra: Partial<NodeObject> = {}): NodeObject => ({
  metadata: { name, labels: { 'kubernetes.io/hostname': name }, creationTimestamp: '2026-01-01T00:00:00Z' },
  status: {
    conditions: [
      { type: 'MemoryPressure', status: 'False' },
      ...(ready ? [{ type: 'Ready', status: ready, reason: 'KubeletReady', message: 'kubelet is posting ready status' }] : []),
      { type: 'NetworkUnavailable', status: 'False' },
    ],
    nodeInfo: {
      kubeletVersion: 'v1.31.4',
      kubeProxyVersion: 'v1.31.0',
      containerRuntimeVersion: 'containerd://1.7.22',
      osImage: 'Ubuntu 22.04.4 LTS',
      kernelVersion: '5.15.0-126-generic',
    },
    capacity: { cpu: '8', memory: '32863296Ki', pods: '110', 'ephemeral-storage': '101430960Ki', 'hugepages-2Mi': '0' },
    allocatable: { cpu: '7800m', memory: '32760896Ki', pods: '110', 'ephemeral-storage': '93478772582' },
  },
  ...extra,
});

const lease = (name: string, renewTime: string, duration = 40): Lease => ({
  metadata: { name },
  spec: { holderIdentity: name, renewTime, leaseDurationSeconds: duration },
});

describe('readiness and conditions', () => {
  it.each([
    ['True', 'Ready'],
    ['False', 'NotReady'],
    ['Unknown', 'Unknown'],
    [undefined, 'Unknown'],
  ])('Ready=%s → %s', (status, want) => {
    expect(nodeReadiness(node('n', status))).toBe(want);
  });

  it('summarises only the conditions that are wrong', () => {
    expect(conditionProblems(node('n', 'True').status?.conditions)).toEqual([]);
    expect(
      conditionProblems([
        { type: 'Ready', status: 'False' },
        { type: 'DiskPressure', status: 'True' },
        { type: 'PIDPressure', status: 'False' },
      ]),
    ).toEqual(['NotReady', 'DiskPressure']);
    // When the kubelet stops posting, every condition goes Unknown: say it once.
    expect(
      conditionProblems([
        { type: 'MemoryPressure', status: 'Unknown' },
        { type: 'Ready', status: 'Unknown' },
      ]),
    ).toEqual(['Ready=Unknown']);
    expect(conditionProblems([{ type: 'Ready', status: 'True' }, { type: 'DiskPressure', status: 'Unknown' }])).toEqual([
      'DiskPressure=Unknown',
    ]);
    expect(conditionProblems(undefined)).toEqual([]);
  });

  it('orders the conditions table as the kubelet documents them and flags problems', () => {
    const conditions = toNodeConditions(node('n', 'False'));
    expect(conditions.map((c) => [c.type, c.isProblem])).toEqual([
      ['Ready', true],
      ['MemoryPressure', false],
      ['NetworkUnavailable', false],
    ]);
    expect(conditions[0]).toMatchObject({ reason: 'KubeletReady', message: 'kubelet is posting ready status' });
  });

  it('lists capacity and allocatable formatted, known resources first', () => {
    const resources = toNodeResources(node('n', 'True'));
    expect(resources.map((r) => r.name)).toEqual(['cpu', 'memory', 'pods', 'ephemeral-storage', 'hugepages-2Mi']);
    expect(resources[0]).toMatchObject({ capacityText: '8', allocatableText: '7.8' });
    expect(resources[1]).toMatchObject({ capacityText: '31.34 GiB', allocatableText: '31.24 GiB' });
    expect(resources[3]).toMatchObject({ capacityText: '96.7 GiB', allocatableText: '87.1 GiB' });
    expect(resources[4]).toMatchObject({ capacityText: '0 B', allocatableText: '—' });
  });
});

describe('kube-proxy version', () => {
  it.each([
    ['registry.k8s.io/kube-proxy:v1.31.4', 'v1.31.4'],
    ['gke.gcr.io/kube-proxy-amd64:v1.29.1-gke.100', 'v1.29.1-gke.100'],
    ['602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy:v1.30.0-minimal-eksbuild.3', 'v1.30.0-minimal-eksbuild.3'],
    ['localhost:5000/kube-proxy', 'latest'],
    ['registry.k8s.io/kube-proxy@sha256:abc', 'latest'],
    ['registry.k8s.io/coredns/coredns:v1.11.3', undefined],
    ['example.com/not-kube-proxy-helper:v1', undefined],
  ])('%s → %s', (image, want) => {
    expect(kubeProxyImageVersion(makePod('p', { image }))).toBe(want);
  });
});

describe('rows, summary and filters', () => {
  const pods = [
    makePod('kube-proxy-a', { node: 'cp-1', image: 'registry.k8s.io/kube-proxy:v1.31.4' }),
    makePod('kube-proxy-b', { node: 'worker-2', image: 'registry.k8s.io/kube-proxy:v1.30.9' }),
    makePod('coredns-1', { node: 'worker-2', image: 'registry.k8s.io/coredns/coredns:v1.11.3' }),
  ];
  const nodes = [
    node('cp-1', 'True', { metadata: { name: 'cp-1', labels: { 'node-role.kubernetes.io/control-plane': '' } } }),
    node('worker-2', 'True'),
    node('worker-10', 'Unknown', { spec: { unschedulable: true } }),
    node('worker-3', 'False'),
  ];
  const index = indexNodeFacts(pods, [lease('cp-1', '2026-03-01T12:00:00Z'), lease('worker-2', '2026-03-01T11:59:50Z', 15)]);
  const rows = nodes.map((n) => toNodeRow(n, index));

  it('builds a row with versions from the kube-proxy pod, the lease and pod counts', () => {
    expect(rows[0]).toEqual({
      name: 'cp-1',
      readiness: 'Ready',
      unschedulable: false,
      roles: ['control-plane'],
      kubeletVersion: 'v1.31.4',
      kubeProxyVersion: 'v1.31.4',
      runtime: 'containerd://1.7.22',
      osImage: 'Ubuntu 22.04.4 LTS',
      kernel: '5.15.0-126-generic',
      createdAt: 0,
      problems: [],
      heartbeatAt: Date.parse('2026-03-01T12:00:00Z') / 1000,
      leaseSeconds: 40,
      kubeSystemPods: 1,
    });
    expect(rows[1]).toMatchObject({ kubeProxyVersion: 'v1.30.9', kubeSystemPods: 2, leaseSeconds: 15, createdAt: Date.parse('2026-01-01T00:00:00Z') / 1000 });
    // No kube-proxy pod: the deprecated nodeInfo field is the fallback; no Lease: no heartbeat.
    expect(rows[2]).toMatchObject({ kubeProxyVersion: 'v1.31.0', heartbeatAt: 0, kubeSystemPods: 0, unschedulable: true, problems: ['Ready=Unknown'] });
  });

  it('counts readiness, roles and versions (skew shows as several keys)', () => {
    expect(summarizeNodes(rows)).toEqual({
      total: 4,
      ready: 2,
      notReady: 2,
      unknown: 1,
      unschedulable: 1,
      roles: { 'control-plane': 1, none: 3 },
      kubeletVersions: { 'v1.31.4': 4 },
      kubeProxyVersions: { 'v1.31.4': 1, 'v1.30.9': 1, 'v1.31.0': 2 },
      runtimes: { 'containerd://1.7.22': 4 },
    });
  });

  it.each<[Parameters<typeof filterNodeRows>[1], string[]]>([
    [{}, ['cp-1', 'worker-2', 'worker-10', 'worker-3']],
    [{ status: 'notready' }, ['worker-10', 'worker-3']],
    [{ status: 'ready' }, ['cp-1', 'worker-2']],
    [{ role: 'control-plane' }, ['cp-1']],
    [{ role: 'none' }, ['worker-2', 'worker-10', 'worker-3']],
    [{ q: 'WORKER-1' }, ['worker-10']],
    [{ q: 'v1.30' }, ['worker-2']],
    [{ q: 'worker', status: 'notready', role: 'none' }, ['worker-10', 'worker-3']],
    [{ q: 'nothing' }, []],
  ])('%j → %j', (filter, want) => {
    expect(filterNodeRows(rows, filter).map((r) => r.name)).toEqual(want);
  });

  it('sorts not-ready first, then names numerically', () => {
    expect([...rows].sort(compareNodeRows).map((r) => r.name)).toEqual(['worker-3', 'worker-10', 'cp-1', 'worker-2']);
  });

  it('round-trips through the compact wire encoding', () => {
    const encoded = encodeNodeRows(rows);
    expect(encoded.strings.filter((s) => s === 'v1.31.4')).toHaveLength(1);
    expect(decodeNodeRows(encoded)).toEqual(rows as NodeRow[]);
  });
});
