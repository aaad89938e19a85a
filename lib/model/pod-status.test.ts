import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPodReady, podDisplayStatus, podReadyCounts, podRestarts, type PodLike } from './pod-status';

const CLUSTERS = join(__dirname, '../../fixtures/clusters');

function capturedPods(): Map<string, PodLike> {
  const pods = new Map<string, PodLike>();
  for (const cluster of readdirSync(CLUSTERS)) {
    const file = join(CLUSTERS, cluster, 'kube-system/pods.json');
    if (!existsSync(file)) continue;
    const list = JSON.parse(readFileSync(file, 'utf8')) as { items: (PodLike & { metadata: { name: string } })[] };
    for (const pod of list.items) pods.set(`${cluster}/${pod.metadata.name}`, pod);
  }
  return pods;
}

const pods = capturedPods();

describe('pod facts over the real captures', () => {
  it.each([
    ['aks/coredns-autoscaler-6d7bd69669-nmpz2', 'CrashLoopBackOff', '0/1', 1569, '2020-06-07T07:56:41Z'],
    ['aks/kubernetes-dashboard-7f7676f7b5-65j6w', 'CrashLoopBackOff', '0/1', 2943, '2020-06-07T08:00:37Z'],
    ['aks/tunnelfront-6869944cf6-j2zsk', 'Running', '1/1', 430, '2020-06-07T07:51:53Z'],
    ['k3s/helm-install-traefik-5wnn9', 'Completed', '0/1', 1, undefined],
    ['kubeadm-calico/calico-node-26mhc', 'Running', '1/1', 0, undefined],
    ['kubeadm-calico/kube-apiserver-k8s-controller1', 'Running', '1/1', 1, '2021-04-11T11:58:18Z'],
    ['kubeadm-calico/coredns-558bd4d5db-h9dhs', 'Running', '1/1', 0, undefined],
    ['eks-2/aws-node-9t64t', 'Running', '2/2', 0, undefined],
    ['gke-calico/kube-dns-cd55f45d5-qn4hf', 'Running', '3/3', 0, undefined],
    ['rke2-cilium/hubble-ui-7677cbb7c-95x69', 'Running', '2/2', 16, '2025-10-31T18:00:08Z'],
    ['rke2-cilium/cilium-qh8nw', 'Running', '1/1', 7, '2025-10-31T18:00:08Z'],
    ['rke2-cilium/helm-install-rke2-cilium-nl5nl', 'Completed', '0/1', 0, undefined],
    ['minikube/storage-provisioner', 'Running', '1/1', 6, '2022-10-15T11:02:09Z'],
  ])('%s → %s %s restarts %d', (key, status, ready, count, lastRestartAt) => {
    const pod = pods.get(key);
    expect(pod, key).toBeDefined();
    expect(podDisplayStatus(pod!)).toBe(status);
    const counts = podReadyCounts(pod!);
    expect(`${counts.ready}/${counts.total}`).toBe(ready);
    expect(podRestarts(pod!)).toEqual(lastRestartAt ? { count, lastRestartAt } : { count });
  });

  it('never throws and keeps ready ≤ total for every captured pod', () => {
    expect(pods.size).toBeGreaterThan(80);
    for (const [key, pod] of pods) {
      const { ready, total } = podReadyCounts(pod);
      expect(ready, key).toBeLessThanOrEqual(total);
      expect(podDisplayStatus(pod), key).not.toBe('');
    }
  });

  it('reads the Ready condition', () => {
    expect(isPodReady(pods.get('aks/coredns-698c77c5d7-7nnxw')!)).toBe(true);
    expect(isPodReady(pods.get('aks/coredns-autoscaler-6d7bd69669-nmpz2')!)).toBe(false);
  });
});

const running = { running: { startedAt: '2024-05-01T10:00:00Z' } };
const initDone = { terminated: { exitCode: 0, reason: 'Completed' } };
const threeInits = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];

function pod(status: NonNullable<PodLike['status']>, spec: NonNullable<PodLike['spec']> = { containers: [{ name: 'app' }] }, deletionTimestamp?: string): PodLike {
  return { metadata: { name: 'p', ...(deletionTimestamp ? { deletionTimestamp } : {}) }, spec, status };
}

describe('podDisplayStatus for cases the captures lack', () => {
  it.each<[string, PodLike, string]>([
    ['an empty object', {}, ''],
    ['a pod with no status yet', pod({ phase: 'Pending' }), 'Pending'],
    ['status.reason over phase', pod({ phase: 'Failed', reason: 'Evicted' }), 'Evicted'],
    ['a scheduling-gated pod', pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }), 'SchedulingGated'],
    ['ContainerCreating', pod({ phase: 'Pending', containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ContainerCreating' } } }] }), 'ContainerCreating'],
    ['ImagePullBackOff', pod({ phase: 'Pending', containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ImagePullBackOff' } } }] }), 'ImagePullBackOff'],
    ['OOMKilled', pod({ phase: 'Running', containerStatuses: [{ name: 'app', state: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }] }), 'OOMKilled'],
    ['a terminated container without reason, by signal', pod({ phase: 'Running', containerStatuses: [{ name: 'app', state: { terminated: { exitCode: 137, signal: 9 } } }] }), 'Signal:9'],
    ['a terminated container without reason, by exit code', pod({ phase: 'Running', containerStatuses: [{ name: 'app', state: { terminated: { exitCode: 2 } } }] }), 'ExitCode:2'],
    ['the first container when several fail (statuses read last to first)', pod({ phase: 'Running', containerStatuses: [
      { name: 'a', state: { waiting: { reason: 'CrashLoopBackOff' } } },
      { name: 'b', state: { terminated: { exitCode: 1, reason: 'Error' } } },
    ] }, { containers: [{ name: 'a' }, { name: 'b' }] }), 'CrashLoopBackOff'],
    ['Init:0/3 while the first init container runs', pod({ phase: 'Pending', initContainerStatuses: [
      { name: 'a', state: running }, { name: 'b', state: { waiting: { reason: 'PodInitializing' } } }, { name: 'c', state: { waiting: { reason: 'PodInitializing' } } },
    ] }, { containers: [{ name: 'app' }], initContainers: threeInits }), 'Init:0/3'],
    ['Init:1/3 after the first init container succeeded', pod({ phase: 'Pending', initContainerStatuses: [
      { name: 'a', state: initDone }, { name: 'b', state: running }, { name: 'c', state: { waiting: { reason: 'PodInitializing' } } },
    ] }, { containers: [{ name: 'app' }], initContainers: threeInits }), 'Init:1/3'],
    ['Init:CrashLoopBackOff', pod({ phase: 'Pending', initContainerStatuses: [
      { name: 'a', restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } } },
    ] }, { containers: [{ name: 'app' }], initContainers: [{ name: 'a' }] }), 'Init:CrashLoopBackOff'],
    ['Init:Error', pod({ phase: 'Pending', initContainerStatuses: [{ name: 'a', state: { terminated: { exitCode: 1, reason: 'Error' } } }] }, { containers: [{ name: 'app' }], initContainers: [{ name: 'a' }] }), 'Init:Error'],
    ['Init:ExitCode:3', pod({ phase: 'Pending', initContainerStatuses: [{ name: 'a', state: { terminated: { exitCode: 3 } } }] }, { containers: [{ name: 'app' }], initContainers: [{ name: 'a' }] }), 'Init:ExitCode:3'],
    ['Init:Signal:15', pod({ phase: 'Pending', initContainerStatuses: [{ name: 'a', state: { terminated: { exitCode: 143, signal: 15 } } }] }, { containers: [{ name: 'app' }], initContainers: [{ name: 'a' }] }), 'Init:Signal:15'],
    ['PodInitializing once init containers are done', pod({ phase: 'Pending', initContainerStatuses: [{ name: 'a', state: initDone }], containerStatuses: [{ name: 'app', state: { waiting: { reason: 'PodInitializing' } } }] }, { containers: [{ name: 'app' }], initContainers: [{ name: 'a' }] }), 'PodInitializing'],
    ['Completed', pod({ phase: 'Succeeded', containerStatuses: [{ name: 'app', state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }), 'Completed'],
    ['NotReady: one container completed, another still running, pod not Ready', pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [
      { name: 'a', ready: true, state: running }, { name: 'b', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    ] }, { containers: [{ name: 'a' }, { name: 'b' }] }), 'NotReady'],
    ['Running: one container completed, another still running, pod Ready', pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [
      { name: 'a', ready: true, state: running }, { name: 'b', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    ] }, { containers: [{ name: 'a' }, { name: 'b' }] }), 'Running'],
    ['Terminating once deleted', pod({ phase: 'Running', containerStatuses: [{ name: 'app', ready: true, state: running }] }, undefined, '2024-05-01T12:00:00Z'), 'Terminating'],
    ['not Terminating when the phase is terminal', pod({ phase: 'Succeeded', containerStatuses: [{ name: 'app', state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }, undefined, '2024-05-01T12:00:00Z'), 'Completed'],
    ['Unknown for a deleted pod on a lost node', pod({ phase: 'Running', reason: 'NodeLost', containerStatuses: [{ name: 'app', ready: true, state: running }] }, undefined, '2024-05-01T12:00:00Z'), 'Unknown'],
    ['NodeLost before deletion', pod({ phase: 'Running', reason: 'NodeLost' }), 'NodeLost'],
  ])('%s → %s', (_name, p, want) => {
    expect(podDisplayStatus(p)).toBe(want);
  });

  it('tolerates nulls where fields are expected', () => {
    const p = { metadata: null, spec: { containers: null, initContainers: null }, status: { conditions: null, containerStatuses: [{ state: null, lastState: null }] } } as PodLike;
    expect(podDisplayStatus(p)).toBe('');
    expect(podReadyCounts(p)).toEqual({ ready: 0, total: 0 });
    expect(podRestarts(p)).toEqual({ count: 0 });
    expect(isPodReady(p)).toBe(false);
  });
});

describe('podReadyCounts and podRestarts', () => {
  it('counts no app container ready while init containers run, and counts their restarts', () => {
    const p = pod({ phase: 'Pending', initContainerStatuses: [
      { name: 'a', restartCount: 2, lastState: { terminated: { exitCode: 1, finishedAt: '2024-05-01T11:58:00Z' } }, state: { waiting: { reason: 'CrashLoopBackOff' } } },
    ], containerStatuses: [{ name: 'app', restartCount: 5, ready: false, state: { waiting: { reason: 'PodInitializing' } } }] }, { containers: [{ name: 'app' }], initContainers: [{ name: 'a' }] });
    expect(podReadyCounts(p)).toEqual({ ready: 0, total: 1 });
    expect(podRestarts(p)).toEqual({ count: 2, lastRestartAt: '2024-05-01T11:58:00Z' });
  });

  it('counts sidecar init containers (restartPolicy: Always) in READY and RESTARTS', () => {
    const p = pod({ phase: 'Running', conditions: [{ type: 'Initialized', status: 'True' }, { type: 'Ready', status: 'True' }],
      initContainerStatuses: [
        { name: 'init', restartCount: 1, state: initDone },
        { name: 'proxy', started: true, ready: true, restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: '2024-05-01T11:00:00Z' } }, state: running },
      ],
      containerStatuses: [{ name: 'app', ready: true, restartCount: 2, lastState: { terminated: { exitCode: 1, finishedAt: '2024-05-01T10:00:00Z' } }, state: running }],
    }, { containers: [{ name: 'app' }], initContainers: [{ name: 'init' }, { name: 'proxy', restartPolicy: 'Always' }] });
    expect(podDisplayStatus(p)).toBe('Running');
    expect(podReadyCounts(p)).toEqual({ ready: 2, total: 2 });
    expect(podRestarts(p)).toEqual({ count: 5, lastRestartAt: '2024-05-01T11:00:00Z' });
  });

  it('takes the latest termination over all containers', () => {
    const p = pod({ phase: 'Running', containerStatuses: [
      { name: 'a', restartCount: 1, lastState: { terminated: { finishedAt: '2024-05-01T09:00:00Z' } }, state: running, ready: true },
      { name: 'b', restartCount: 4, lastState: { terminated: { finishedAt: '2024-05-01T11:30:00Z' } }, state: { waiting: { reason: 'CrashLoopBackOff' } } },
      { name: 'c', restartCount: 0, lastState: { terminated: { finishedAt: 'not a time' } }, state: running, ready: true },
    ] }, { containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] });
    expect(podReadyCounts(p)).toEqual({ ready: 2, total: 3 });
    expect(podRestarts(p)).toEqual({ count: 5, lastRestartAt: '2024-05-01T11:30:00Z' });
    expect(podDisplayStatus(p)).toBe('CrashLoopBackOff');
  });
});
