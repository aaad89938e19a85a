import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from './index';
import type { ClusterSource, KObject } from './types';

const run = promisify(execFile);
const CAPTURE = join(__dirname, '../fixtures/clusters/kubeadm-calico');
const KINDS: [file: string, apiVersion: string, kind: string][] = [
  ['nodes.json', 'v1', 'Node'],
  ['kube-system/pods.json', 'v1', 'Pod'],
  ['kube-system/services.json', 'v1', 'Service'],
  ['kube-system/deployments.json', 'apps/v1', 'Deployment'],
  ['kube-system/daemonsets.json', 'apps/v1', 'DaemonSet'],
  ['kube-system/replicasets.json', 'apps/v1', 'ReplicaSet'],
  ['kube-system/events.json', 'v1', 'Event'],
];

/** A timestamp `m` minutes (and 20s, so the printed minute holds while the test runs) before now; m ≥ 10 prints as `<m>m`. */
const minutesAgo = (m: number): string => new Date(Date.now() - m * 60_000 - 20_000).toISOString().replace(/\.\d+Z$/, 'Z');

const BACKUP_TEMPLATE = { spec: { containers: [{ name: 'etcdctl', image: 'registry.k8s.io/etcd:3.5.15-0' }] } };

/** What the capture lacks: ConfigMaps, Leases, a CoreDNS pod in CrashLoopBackOff with its Warning event, an etcd-backup CronJob with a run, a StatefulSet. */
function constructed(): KObject[] {
  const meta = (name: string, created = 90) => ({ name, namespace: 'kube-system', uid: `uid-${name}`, creationTimestamp: minutesAgo(created) });
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('coredns'), data: { Corefile: '.:53 {\n    errors\n}\n' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('kube-proxy'), data: { 'config.conf': '', kubeconfig: '' } },
    { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: meta('kube-scheduler'), spec: { holderIdentity: 'k8s-controller1_5c3e6a1b' } },
    {
      apiVersion: 'v1', kind: 'Pod', metadata: { ...meta('coredns-558bd4d5db-crash', 45), labels: { 'k8s-app': 'kube-dns' } },
      spec: { nodeName: 'k8s-worker1', containers: [{ name: 'coredns', image: 'k8s.gcr.io/coredns/coredns:v1.8.0' }] },
      status: {
        phase: 'Running', podIP: '172.16.194.70', podIPs: [{ ip: '172.16.194.70' }],
        conditions: [{ type: 'Ready', status: 'False' }],
        containerStatuses: [{
          name: 'coredns', ready: false, restartCount: 5, state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: minutesAgo(12) } },
        }],
      },
    },
    {
      apiVersion: 'v1', kind: 'Event', metadata: meta('coredns-558bd4d5db-crash.17a1', 40),
      involvedObject: { kind: 'Pod', namespace: 'kube-system', name: 'coredns-558bd4d5db-crash', fieldPath: 'spec.containers{coredns}' },
      type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container', count: 12,
      firstTimestamp: minutesAgo(40), lastTimestamp: minutesAgo(12), source: { component: 'kubelet', host: 'k8s-worker1' },
    },
    {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta('etcd-backup'),
      spec: { schedule: '*/30 * * * *', suspend: false, jobTemplate: { spec: { template: BACKUP_TEMPLATE } } }, status: { lastScheduleTime: minutesAgo(30) },
    },
    {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { ...meta('etcd-backup-28580000', 30), ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'etcd-backup', uid: 'uid-etcd-backup', controller: true }] },
      spec: { completions: 1, parallelism: 1, selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'uid-etcd-backup-28580000' } }, template: BACKUP_TEMPLATE },
      status: { startTime: minutesAgo(30), completionTime: new Date(Date.parse(minutesAgo(30)) + 9_000).toISOString().replace(/\.\d+Z$/, 'Z'), succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] },
    },
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('vault'), spec: { replicas: 1, template: BACKUP_TEMPLATE }, status: { replicas: 1, readyReplicas: 0 } },
  ];
}

function captureSource(): ClusterSource {
  const objects: KObject[] = [];
  for (const [file, apiVersion, kind] of KINDS) {
    const list = JSON.parse(readFileSync(join(CAPTURE, file), 'utf8')) as { items: Omit<KObject, 'apiVersion' | 'kind'>[] };
    for (const item of list.items) objects.push({ ...item, apiVersion, kind } as KObject);
  }
  objects.push(...constructed());
  return {
    kind: 'dump',
    name: 'tables-kubectl',
    version: {
      major: '1', minor: '31', gitVersion: 'v1.31.0', gitCommit: '0000000000000000000000000000000000000000', gitTreeState: 'clean',
      buildDate: '2024-08-13T07:28:49Z', goVersion: 'go1.22.5', compiler: 'gc', platform: 'linux/amd64',
    },
    objects,
  };
}

let sim: RunningSim;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubesys-tables-'));
  sim = await startSim({ source: captureSource(), port: 0, quiet: true, tickMs: 0, kubeconfig: join(dir, 'kubeconfig') });
});
afterAll(() => sim?.close());

/** Run the real kubectl against the demo cluster (async: the server shares this event loop). */
async function kubectl(...args: string[]): Promise<string[]> {
  const { stdout } = await run('/usr/bin/kubectl', ['--kubeconfig', sim.kubeconfigPath, ...args], { timeout: 45_000 });
  return stdout.trimEnd().split('\n');
}

/** A printed line split on kubectl's column padding (two or more spaces). */
const cells = (line: string | undefined): string[] => (line ?? '').trim().split(/\s{2,}/);
const lineOf = (lines: string[], name: string): string[] => cells(lines.find((l) => l.startsWith(name)));

describe('kubectl get prints the server-side Tables', () => {
  it('get pods -n kube-system', async () => {
    const lines = await kubectl('get', 'pods', '-n', 'kube-system');
    expect(cells(lines[0])).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(lines).toHaveLength(1 + 14);
    expect(lineOf(lines, 'coredns-558bd4d5db-crash')).toEqual(['coredns-558bd4d5db-crash', '0/1', 'CrashLoopBackOff', '5 (12m ago)', '45m']);
    expect(lineOf(lines, 'calico-node-26mhc').slice(0, 4)).toEqual(['calico-node-26mhc', '1/1', 'Running', '0']);
    expect(lineOf(lines, 'kube-apiserver-k8s-controller1')[3]).toMatch(/^1 \(\d+y\d*d? ago\)$/);
  });

  it('get pods -o wide adds IP, NODE, NOMINATED NODE and READINESS GATES', async () => {
    const lines = await kubectl('get', 'pods', '-n', 'kube-system', '-o', 'wide');
    expect(cells(lines[0])).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']);
    expect(lineOf(lines, 'coredns-558bd4d5db-crash').slice(5)).toEqual(['172.16.194.70', 'k8s-worker1', '<none>', '<none>']);
  });

  it('get nodes -o wide', async () => {
    const lines = await kubectl('get', 'nodes', '-o', 'wide');
    expect(cells(lines[0])).toEqual(['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION', 'INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME']);
    const cp = lineOf(lines, 'k8s-controller1');
    expect([cp[1], cp[2], cp[4], cp[5], cp[6], cp[7], cp[8], cp[9]]).toEqual([
      'Ready', 'control-plane,master', 'v1.21.0', '10.10.1.31', '<none>', 'Ubuntu 18.04.5 LTS', '4.15.0-140-generic', 'docker://19.3.12',
    ]);
    expect(lineOf(lines, 'k8s-worker2').slice(1, 3)).toEqual(['Ready', '<none>']);
  });

  it('get svc,deploy,ds,rs,cm,lease -n kube-system', async () => {
    const out = (await kubectl('get', 'svc,deploy,ds,rs,cm,lease', '-n', 'kube-system')).join('\n');
    const blocks = out.split(/\n\n/).map((b) => b.split('\n'));
    const header = (prefix: string) => cells(blocks.find((b) => b[1]?.startsWith(prefix))?.[0]);
    expect(header('service/')).toEqual(['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE']);
    expect(header('deployment.apps/')).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(header('daemonset.apps/')).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE']);
    expect(header('replicaset.apps/')).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE']);
    expect(header('configmap/')).toEqual(['NAME', 'DATA', 'AGE']);
    expect(header('lease.coordination.k8s.io/')).toEqual(['NAME', 'HOLDER', 'AGE']);
    const all = blocks.flat();
    expect(lineOf(all, 'service/kube-dns').slice(0, 5)).toEqual(['service/kube-dns', 'ClusterIP', '10.96.0.10', '<none>', '53/UDP,53/TCP,9153/TCP']);
    expect(lineOf(all, 'deployment.apps/coredns').slice(0, 4)).toEqual(['deployment.apps/coredns', '2/2', '2', '2']);
    expect(lineOf(all, 'daemonset.apps/kube-proxy').slice(0, 7)).toEqual(['daemonset.apps/kube-proxy', '3', '3', '3', '3', '3', 'kubernetes.io/os=linux']);
    expect(lineOf(all, 'replicaset.apps/coredns-558bd4d5db').slice(0, 4)).toEqual(['replicaset.apps/coredns-558bd4d5db', '2', '2', '2']);
    expect(lineOf(all, 'configmap/kube-proxy')).toEqual(['configmap/kube-proxy', '2', '90m']);
    expect(lineOf(all, 'lease.coordination.k8s.io/kube-scheduler')).toEqual(['lease.coordination.k8s.io/kube-scheduler', 'k8s-controller1_5c3e6a1b', '90m']);
  });

  it('get sts,cronjobs,jobs -n kube-system (batch/v1 served, with its own columns)', async () => {
    const out = (await kubectl('get', 'sts,cronjobs,jobs', '-n', 'kube-system')).join('\n');
    const blocks = out.split(/\n\n/).map((b) => b.split('\n'));
    const header = (prefix: string) => cells(blocks.find((b) => b[1]?.startsWith(prefix))?.[0]);
    expect(header('statefulset.apps/')).toEqual(['NAME', 'READY', 'AGE']);
    expect(header('cronjob.batch/')).toEqual(['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE']);
    expect(header('job.batch/')).toEqual(['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE']);
    const all = blocks.flat();
    expect(lineOf(all, 'statefulset.apps/vault')).toEqual(['statefulset.apps/vault', '0/1', '90m']);
    expect(lineOf(all, 'cronjob.batch/etcd-backup')).toEqual(['cronjob.batch/etcd-backup', '*/30 * * * *', '<none>', 'False', '0', '30m', '90m']);
    expect(lineOf(all, 'job.batch/etcd-backup-28580000')).toEqual(['job.batch/etcd-backup-28580000', 'Complete', '1/1', '9s', '30m']);
  });

  it('get events -n kube-system', async () => {
    const lines = await kubectl('get', 'events', '-n', 'kube-system');
    expect(cells(lines[0])).toEqual(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(lineOf(lines, '12m')).toEqual(['12m', 'Warning', 'BackOff', 'pod/coredns-558bd4d5db-crash', 'Back-off restarting failed container']);
    expect(lines.some((l) => cells(l).slice(1, 4).join(' ') === 'Warning Unhealthy pod/calico-node-z5xmz')).toBe(true);
  });
});
