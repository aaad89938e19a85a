/**
 * The etcd-backup CronJob a careful kubeadm operator adds: `etcdctl snapshot save` every six hours on the
 * control-plane node, with the Jobs and pods of its last runs as the Job controller leaves them. In the
 * degraded scenario the newest run failed (etcd did not answer in time) after its one retry.
 */
import type { KObject } from '../types';
import { ETCD_IMAGE, HOUR_MS, MINUTE_MS, iso, meta, uidFor, type NodeRec, type World } from './model';
import { containerId, imageId, type Json } from './pods';
import { nameSuffix, rngFor } from './rand';

export const BACKUP_CRONJOB = 'etcd-backup';
const SCHEDULE = '0 */6 * * *';
const INTERVAL_MS = 6 * HOUR_MS;
/** `successfulJobsHistoryLimit`: the Jobs (and their pods) the CronJob controller keeps. */
const KEPT_RUNS = 3;
const RUN_MS = 9_000;
/** `backoffLimit`: one retry, then the Job fails (a backup that fails twice should be looked at, not retried for hours). */
const BACKOFF_LIMIT = 1;
const RETRY_AFTER_MS = 10_000;

const hostPath = (name: string, path: string, type: string) => ({ name, hostPath: { path, type } });

function podTemplateSpec(): Json {
  return {
    containers: [{
      name: 'etcdctl', image: ETCD_IMAGE, imagePullPolicy: 'IfNotPresent',
      command: [
        'etcdctl', '--endpoints=https://127.0.0.1:2379', '--cacert=/etc/kubernetes/pki/etcd/ca.crt',
        '--cert=/etc/kubernetes/pki/etcd/healthcheck-client.crt', '--key=/etc/kubernetes/pki/etcd/healthcheck-client.key',
        'snapshot', 'save', '/var/lib/etcd-backup/etcd-snapshot.db',
      ],
      env: [{ name: 'ETCDCTL_API', value: '3' }],
      resources: { requests: { cpu: '50m', memory: '64Mi' } },
      terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
      volumeMounts: [{ name: 'etcd-certs', mountPath: '/etc/kubernetes/pki/etcd', readOnly: true }, { name: 'backup', mountPath: '/var/lib/etcd-backup' }],
    }],
    dnsPolicy: 'ClusterFirst', hostNetwork: true, nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
    restartPolicy: 'Never', schedulerName: 'default-scheduler', securityContext: {}, terminationGracePeriodSeconds: 30,
    tolerations: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }],
    volumes: [hostPath('etcd-certs', '/etc/kubernetes/pki/etcd', 'Directory'), hostPath('backup', '/var/lib/etcd-backup', 'DirectoryOrCreate')],
  };
}

/** Schedule ticks (every six hours on the hour, UTC) after the CronJob was created and before `start`, newest last. */
function runTimes(created: number, start: number): number[] {
  const ticks: number[] = [];
  for (let t = Math.floor(start / INTERVAL_MS) * INTERVAL_MS; t > created && ticks.length < KEPT_RUNS; t -= INTERVAL_MS) {
    if (t + RUN_MS < start) ticks.unshift(t);
  }
  return ticks;
}

/** One pod of a run: Completed (phase Succeeded, exit code 0) or, when `failed`, Error (phase Failed, exit code 1). */
function runPod(w: World, node: NodeRec, job: KObject, labels: Record<string, string>, startedAt: number, failed: boolean, attempt = 0): KObject {
  const jobName = job.metadata.name;
  const name = `${jobName}-${nameSuffix(rngFor(w.seed, 'backup-pod', jobName, attempt))}`;
  const spec = podTemplateSpec();
  const container = (spec.containers as Json[])[0] as { name: string; image: string };
  const cid = containerId(w, name, container.name, 0);
  // For logs only: finished pods are not in w.pods, so metrics-server reports no usage for them, as it would not.
  w.podsByName.set(name, {
    name, uid: uidFor(w, 'Pod', name), node, ip: node.ip, labels, isRunning: false,
    containers: [{ name: container.name, profile: failed ? 'etcd-backup-timeout' : 'etcd-backup-saved', isInit: false, startedAt: startedAt + 1_000, restartCount: 0, cpuMilli: 0, memMi: 0 }],
  });
  const done = (type: string, at: number, status = 'True', reason?: string) => ({ type, status, lastProbeTime: null, lastTransitionTime: iso(at), ...(reason ? { reason } : {}) });
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: meta(w, 'Pod', name, startedAt - 1_000, {
      generateName: `${jobName}-`, labels,
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: jobName, uid: job.metadata.uid!, controller: true, blockOwnerDeletion: true }],
    }),
    spec: { ...spec, nodeName: node.name, priority: 0, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority' },
    status: {
      phase: failed ? 'Failed' : 'Succeeded',
      conditions: [
        done('PodReadyToStartContainers', startedAt + RUN_MS, 'False'), done('Initialized', startedAt, 'True', 'PodCompleted'),
        done('Ready', startedAt + RUN_MS, 'False', failed ? 'PodFailed' : 'PodCompleted'),
        done('ContainersReady', startedAt + RUN_MS, 'False', failed ? 'PodFailed' : 'PodCompleted'), done('PodScheduled', startedAt - 1_000),
      ],
      hostIP: node.ip, hostIPs: [{ ip: node.ip }], podIP: node.ip, podIPs: [{ ip: node.ip }], startTime: iso(startedAt), qosClass: 'Burstable',
      containerStatuses: [{
        name: container.name, image: container.image, imageID: imageId(container.image), containerID: cid, ready: false, started: false, restartCount: 0, lastState: {},
        state: { terminated: { exitCode: failed ? 1 : 0, reason: failed ? 'Error' : 'Completed', startedAt: iso(startedAt + 1_000), finishedAt: iso(startedAt + RUN_MS - 1_000), containerID: cid } },
      }],
    },
  };
}

function runStatus(startedAt: number, failed: boolean): Json {
  const end = startedAt + BACKOFF_LIMIT * RETRY_AFTER_MS + RUN_MS;
  const common = { startTime: iso(startedAt), ready: 0, terminating: 0, uncountedTerminatedPods: {} };
  if (failed) {
    const why = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
    return { ...common, failed: BACKOFF_LIMIT + 1, conditions: [{ type: 'Failed', status: 'True', ...why, lastProbeTime: iso(end), lastTransitionTime: iso(end) }] };
  }
  const done = startedAt + RUN_MS;
  return { ...common, completionTime: iso(done), succeeded: 1, conditions: [{ type: 'Complete', status: 'True', lastProbeTime: iso(done), lastTransitionTime: iso(done) }] };
}

function runJob(w: World, cronUid: string, scheduledAt: number, failed: boolean): KObject {
  const name = `${BACKUP_CRONJOB}-${Math.floor(scheduledAt / MINUTE_MS)}`;
  const uid = uidFor(w, 'Job', name);
  const labels = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': name, 'controller-uid': uid, 'job-name': name };
  const startedAt = scheduledAt + 1_000;
  return {
    apiVersion: 'batch/v1', kind: 'Job',
    metadata: meta(w, 'Job', name, scheduledAt, {
      uid, generation: 1, labels, annotations: { 'batch.kubernetes.io/cronjob-scheduled-timestamp': iso(scheduledAt) },
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: BACKUP_CRONJOB, uid: cronUid, controller: true, blockOwnerDeletion: true }],
    }),
    spec: {
      backoffLimit: BACKOFF_LIMIT, completionMode: 'NonIndexed', completions: 1, manualSelector: false, parallelism: 1, podReplacementPolicy: 'TerminatingOrFailed', suspend: false,
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
      template: { metadata: { labels }, spec: podTemplateSpec() },
    },
    status: runStatus(startedAt, failed),
  };
}

/**
 * The CronJob, its last runs' Jobs and their Completed pods. Kubernetes fact: the CronJob controller
 * names each Job `<cronjob>-<scheduled time in minutes since the epoch>` and records the newest run in
 * `status.lastScheduleTime` / `lastSuccessfulTime`.
 */
export function buildEtcdBackup(w: World, node: NodeRec): KObject[] {
  const created = w.clusterCreated + 30 * MINUTE_MS;
  const cronUid = uidFor(w, 'CronJob', BACKUP_CRONJOB);
  const runs = runTimes(created, w.start);
  const out: KObject[] = [];
  runs.forEach((at, i) => {
    const failed = w.isDegraded && i === runs.length - 1;
    const job = runJob(w, cronUid, at, failed);
    const labels = (job.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    const attempts = failed ? BACKOFF_LIMIT + 1 : 1;
    for (let k = 0; k < attempts; k++) out.push(runPod(w, node, job, labels, at + 1_000 + k * RETRY_AFTER_MS, failed, k));
    out.push(job);
  });
  const succeeded = runs.filter((_, i) => !(w.isDegraded && i === runs.length - 1));
  const last = runs[runs.length - 1];
  const lastSuccess = succeeded[succeeded.length - 1];
  out.push({
    apiVersion: 'batch/v1', kind: 'CronJob',
    metadata: meta(w, 'CronJob', BACKUP_CRONJOB, created, { uid: cronUid, generation: 1, labels: { app: BACKUP_CRONJOB } }),
    spec: {
      schedule: SCHEDULE, concurrencyPolicy: 'Forbid', failedJobsHistoryLimit: 1, successfulJobsHistoryLimit: KEPT_RUNS, suspend: false,
      jobTemplate: { metadata: { creationTimestamp: null }, spec: { backoffLimit: BACKOFF_LIMIT, template: { metadata: { creationTimestamp: null }, spec: podTemplateSpec() } } },
    },
    status: {
      ...(last === undefined ? {} : { lastScheduleTime: iso(last) }),
      ...(lastSuccess === undefined ? {} : { lastSuccessfulTime: iso(lastSuccess + 1_000 + RUN_MS) }),
    },
  });
  return out;
}
