import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { createWorld } from './index';

const NOW = Date.parse('2025-06-01T12:00:00Z');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk untyped Kubernetes JSON
type Json = Record<string, any>;

const build = (nodes: number, scenario: 'healthy' | 'degraded' = 'healthy', seed = 42) => createWorld({ nodes, seed, scenario, now: NOW });
const ofKind = (objs: KObject[], kind: string) => objs.filter((o) => o.kind === kind) as (KObject & Json)[];
const isReady = (p: Json) => p.status.conditions.some((c: Json) => c.type === 'Ready' && c.status === 'True');

describe('createWorld: the healthy kubeadm cluster', () => {
  it.each([[1], [4], [10]])('has the expected objects for %i nodes', (n) => {
    const { objects } = build(n);
    const pods = ofKind(objects, 'Pod');
    expect(ofKind(objects, 'Node')).toHaveLength(n);
    // 4 static pods, kube-proxy and calico-node per node, 10 Deployment pods, 3 Completed etcd-backup pods.
    expect(pods).toHaveLength(4 + 2 * n + 10 + 3);
    expect(ofKind(objects, 'Lease').filter((l) => l.metadata.namespace === 'kube-node-lease')).toHaveLength(n);
    expect(ofKind(objects, 'DaemonSet').map((d) => d.metadata.name)).toEqual(['kube-proxy', 'calico-node']);
    expect(ofKind(objects, 'Deployment')).toHaveLength(9);
    expect(ofKind(objects, 'Service').find((s) => s.metadata.name === 'kube-dns')!.spec.clusterIP).toBe('10.96.0.10');
    expect(ofKind(objects, 'ComponentStatus').map((c) => c.metadata.name)).toEqual(['scheduler', 'controller-manager', 'etcd-0']);
  });

  it('names nodes control-plane-1 and worker-N, taints only the control plane', () => {
    const nodes = ofKind(build(4).objects, 'Node');
    expect(nodes.map((n) => n.metadata.name)).toEqual(['control-plane-1', 'worker-1', 'worker-2', 'worker-3']);
    expect(nodes[0].spec.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    expect(nodes[0].metadata.labels!['node-role.kubernetes.io/control-plane']).toBe('');
    expect(nodes.slice(1).every((n) => !n.spec.taints)).toBe(true);
    for (const n of nodes) {
      expect(n.status.nodeInfo).toMatchObject({ kubeletVersion: 'v1.31.4', osImage: 'Ubuntu 22.04.4 LTS', architecture: 'amd64' });
      expect(n.status.conditions.find((c: Json) => c.type === 'Ready')).toMatchObject({ status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' });
      expect(n.status.addresses[0].address).toMatch(/^10\.0\.\d+\.\d+$/);
    }
  });

  it('reports a kubectl-compatible v1.31 version', () => {
    expect(build(1).version).toMatchObject({ major: '1', minor: '31', gitVersion: 'v1.31.4' });
  });

  it('gives every pod an existing owner: a Node (static mirror pod), a DaemonSet, a ReplicaSet owned by a Deployment or a Job owned by a CronJob', () => {
    const { objects } = build(4);
    const uids = new Map(objects.map((o) => [`${o.kind}/${o.metadata.uid}`, o]));
    for (const pod of ofKind(objects, 'Pod')) {
      const [owner] = pod.metadata.ownerReferences!;
      expect(['Node', 'DaemonSet', 'ReplicaSet', 'Job']).toContain(owner.kind);
      const target = uids.get(`${owner.kind}/${owner.uid}`);
      expect(target?.metadata.name).toBe(owner.name);
      if (owner.kind === 'Node') expect(pod.metadata.annotations!['kubernetes.io/config.source']).toBe('file');
      if (owner.kind === 'ReplicaSet') {
        expect(pod.metadata.name.startsWith(`${owner.name}-`)).toBe(true);
        expect(uids.get(`Deployment/${target!.metadata.ownerReferences![0].uid}`)).toBeDefined();
      }
      if (owner.kind === 'Job') expect(uids.get(`CronJob/${target!.metadata.ownerReferences![0].uid}`)).toBeDefined();
    }
  });

  it('runs the static control-plane pods with kubeadm flags and probes', () => {
    const pods = ofKind(build(4).objects, 'Pod');
    const api = pods.find((p) => p.metadata.name === 'kube-apiserver-control-plane-1')!;
    expect(api.metadata.labels).toEqual({ component: 'kube-apiserver', tier: 'control-plane' });
    expect(api.spec.containers[0].command).toEqual(expect.arrayContaining(['--etcd-servers=https://127.0.0.1:2379', '--service-cluster-ip-range=10.96.0.0/12', '--secure-port=6443']));
    expect(api.spec.containers[0].livenessProbe.httpGet).toMatchObject({ path: '/livez', port: 6443, scheme: 'HTTPS' });
    expect(api.spec).toMatchObject({ hostNetwork: true, priorityClassName: 'system-node-critical' });
    expect(pods.map((p) => p.metadata.name)).toEqual(expect.arrayContaining(['etcd-control-plane-1', 'kube-scheduler-control-plane-1', 'kube-controller-manager-control-plane-1']));
  });

  it('keeps DaemonSet status, Deployments and Endpoints consistent with the pods', () => {
    for (const scenario of ['healthy', 'degraded'] as const) {
      const { objects } = build(6, scenario);
      const pods = ofKind(objects, 'Pod');
      for (const ds of ofKind(objects, 'DaemonSet')) {
        const own = pods.filter((p) => p.metadata.ownerReferences![0].uid === ds.metadata.uid);
        expect(own).toHaveLength(6);
        expect(new Set(own.map((p) => p.spec.nodeName)).size).toBe(6);
        expect(ds.status.desiredNumberScheduled).toBe(6);
        expect(ds.status.numberReady).toBe(own.filter(isReady).length);
        expect(own.every((p) => p.metadata.labels!['controller-revision-hash'] && p.metadata.labels!['pod-template-generation'] === '1')).toBe(true);
      }
      const slices = ofKind(objects, 'EndpointSlice');
      for (const ep of ofKind(objects, 'Endpoints')) {
        const addresses = (ep.subsets?.[0]?.addresses ?? []).map((a: Json) => a.targetRef.name);
        const notReady = (ep.subsets?.[0]?.notReadyAddresses ?? []).map((a: Json) => a.targetRef.name);
        for (const name of addresses) expect(isReady(pods.find((p) => p.metadata.name === name)!)).toBe(true);
        for (const name of notReady) expect(isReady(pods.find((p) => p.metadata.name === name)!)).toBe(false);
        const slice = slices.find((s) => s.metadata.labels!['kubernetes.io/service-name'] === ep.metadata.name)!;
        expect(slice.endpoints.filter((e: Json) => e.conditions.ready).length).toBe(addresses.length);
      }
    }
  });

  it('backs etcd up with a CronJob every six hours, keeping its last three Complete runs and their Completed pods', () => {
    const { objects } = build(4);
    const [cron] = ofKind(objects, 'CronJob');
    expect(cron).toMatchObject({ apiVersion: 'batch/v1', metadata: { name: 'etcd-backup', namespace: 'kube-system' }, spec: { schedule: '0 */6 * * *', suspend: false } });
    expect(cron.spec.jobTemplate.spec.template.spec.containers[0].command).toEqual(expect.arrayContaining(['snapshot', 'save']));
    const jobs = ofKind(objects, 'Job');
    expect(jobs.map((j) => j.metadata.name)).toEqual(['etcd-backup-29145240', 'etcd-backup-29145600', 'etcd-backup-29145960']);
    expect(cron.status).toEqual({ lastScheduleTime: '2025-06-01T06:00:00Z', lastSuccessfulTime: '2025-06-01T06:00:10Z' });
    for (const job of jobs) {
      expect(job.status.conditions).toEqual([expect.objectContaining({ type: 'Complete', status: 'True' })]);
      const own = ofKind(objects, 'Pod').filter((p) => p.metadata.ownerReferences![0].uid === job.metadata.uid);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ spec: { nodeName: 'control-plane-1' }, status: { phase: 'Succeeded' } });
      expect(own[0].metadata.labels!['batch.kubernetes.io/job-name']).toBe(job.metadata.name);
      expect(own[0].status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    }
  });

  it('keeps the log of each backup run: the snapshot saved, or the timeout the degraded run failed with', () => {
    const lastLine = (scenario: 'healthy' | 'degraded') => {
      const world = build(4, scenario);
      const pods = ofKind(world.objects, 'Pod').filter((p) => p.metadata.ownerReferences![0].kind === 'Job');
      const newest = pods[pods.length - 1];
      return world.logs!('kube-system', newest.metadata.name, 'etcdctl', false, NOW)!.at(-1)!.text;
    };
    expect(lastLine('healthy')).toBe('Snapshot saved at /var/lib/etcd-backup/etcd-snapshot.db');
    expect(lastLine('degraded')).toBe('Error: context deadline exceeded');
  });

  it('places the two CoreDNS replicas on different workers', () => {
    const dns = ofKind(build(4).objects, 'Pod').filter((p) => p.metadata.labels!['k8s-app'] === 'kube-dns');
    expect(dns).toHaveLength(2);
    expect(dns[0].spec.nodeName).not.toBe(dns[1].spec.nodeName);
    expect(dns.every((p) => p.spec.nodeName.startsWith('worker-'))).toBe(true);
  });

  it('is deterministic under the seed', () => {
    expect(JSON.stringify(build(4, 'degraded', 9).objects)).toBe(JSON.stringify(build(4, 'degraded', 9).objects));
    const names = (seed: number) => ofKind(build(4, 'healthy', seed).objects, 'Pod').map((p) => p.metadata.name).join();
    expect(names(1)).not.toBe(names(2));
  });

  it('serves the healthy readyz and livez check names of the fixtures', () => {
    const names = (file: string) => readFileSync(new URL(`../../fixtures/health/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('[+]')).map((l) => l.slice(3, -3));
    const health = build(1).health!(NOW);
    expect(health.readyz.map((c) => c.name)).toEqual(names('readyz-verbose-healthy.txt'));
    expect(health.livez.map((c) => c.name)).toEqual(names('livez-verbose-healthy.txt'));
    expect([...health.readyz, ...health.livez].every((c) => c.ok)).toBe(true);
  });

  it('builds 5,000 nodes with a kube-proxy and a calico-node pod on each', () => {
    const { objects } = build(5000, 'healthy', 3);
    expect(ofKind(objects, 'Node')).toHaveLength(5000);
    const pods = ofKind(objects, 'Pod');
    expect(pods).toHaveLength(4 + 10_000 + 10 + 3);
    expect(new Set(pods.map((p) => p.metadata.name)).size).toBe(pods.length);
    expect(new Set(pods.filter((p) => !p.spec.hostNetwork).map((p) => p.status.podIP)).size).toBe(10);
    expect(new Set(ofKind(objects, 'Node').map((n) => n.spec.podCIDR)).size).toBe(5000);
  });
});
