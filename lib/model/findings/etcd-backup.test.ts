/** The etcd-backup check on constructed snapshots: a backup CronJob, suspended, failing, absent, and not readable. */
import { describe, expect, it } from 'vitest';
import type { CronJob, Job } from '@/lib/model/k8s';
import { emptySnapshot, type ClusterSnapshot } from '@/lib/model/snapshot';
import { ago, makePod } from '@/test/k8s-builders';
import { etcdBackupFindings } from './etcd-backup';

const etcdPod = makePod('etcd-cp-1', { labels: { component: 'etcd', tier: 'control-plane' }, owner: ['Node', 'cp-1'], image: 'registry.k8s.io/etcd:3.5.15-0' });

/** A CronJob as `kubectl get cronjob -o json` returns it, running etcdctl in the etcd image. */
function cronJob(name: string, extra: { suspend?: boolean; lastSuccessfulTime?: string } = {}): CronJob {
  return {
    metadata: { name, namespace: 'kube-system' },
    spec: {
      schedule: '0 */6 * * *',
      suspend: extra.suspend ?? false,
      jobTemplate: {
        spec: {
          template: {
            spec: {
              containers: [{ name: 'snapshot', image: 'registry.k8s.io/etcd:3.5.15-0', command: ['/bin/sh', '-c', 'etcdctl snapshot save /backup/etcd-$(date +%s).db'] } as never],
            },
          },
        },
      },
    },
    status: extra.lastSuccessfulTime ? { lastScheduleTime: extra.lastSuccessfulTime, lastSuccessfulTime: extra.lastSuccessfulTime } : {},
  };
}

function job(name: string, owner: string, createdSecondsAgo: number, failed?: { reason: string; message: string }): Job {
  return {
    metadata: { name, namespace: 'kube-system', creationTimestamp: ago(createdSecondsAgo), ownerReferences: [{ kind: 'CronJob', name: owner, controller: true }] },
    status: failed
      ? { failed: 7, conditions: [{ type: 'Failed', status: 'True', reason: failed.reason, message: failed.message }] }
      : { succeeded: 1, completionTime: ago(createdSecondsAgo - 20), conditions: [{ type: 'Complete', status: 'True' }] },
  };
}

const base = (extra: Partial<ClusterSnapshot>): ClusterSnapshot => ({ ...emptySnapshot(), pods: [etcdPod], cronJobs: [], jobs: [], ...extra });
const ids = (snapshot: ClusterSnapshot) => etcdBackupFindings(snapshot).map((f) => f.id);

describe('etcd backup', () => {
  it('is satisfied by a backup CronJob whose last run succeeded, even after its pods are gone', () => {
    const snapshot = base({ cronJobs: [cronJob('etcd-snapshot', { lastSuccessfulTime: ago(3600) })], jobs: [job('etcd-snapshot-29012340', 'etcd-snapshot', 3600)] });
    expect(ids(snapshot)).toEqual([]);
  });

  it('recognises a backup CronJob by what it runs, whatever its name', () => {
    expect(ids(base({ cronJobs: [cronJob('nightly')] }))).toEqual([]);
  });

  it('warns when the backup CronJob is suspended', () => {
    const [f] = etcdBackupFindings(base({ cronJobs: [cronJob('etcd-backup', { suspend: true, lastSuccessfulTime: ago(86_400 * 9) })] }));
    expect(f).toMatchObject({ id: 'control-plane/etcd-backup-suspended:etcd-backup', severity: 'warning' });
    expect(f!.evidence[0]).toBe(`CronJob kube-system/etcd-backup: suspend: true, schedule "0 */6 * * *", last successful run ${ago(86_400 * 9)}`);
  });

  it('warns when the newest run failed, quoting the Job condition', () => {
    const jobs = [job('etcd-backup-29012000', 'etcd-backup', 7200), job('etcd-backup-29012360', 'etcd-backup', 60, { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' })];
    const [f] = etcdBackupFindings(base({ cronJobs: [cronJob('etcd-backup', { lastSuccessfulTime: ago(7200) })], jobs }));
    expect(f).toMatchObject({ id: 'control-plane/etcd-backup-failed:etcd-backup', severity: 'warning', title: 'The last etcd backup run (Job etcd-backup-29012360) failed' });
    expect(f!.evidence[0]).toBe('Job kube-system/etcd-backup-29012360: BackoffLimitExceeded: Job has reached the specified backoff limit');
  });

  it('does not warn when an older run failed and the newest succeeded', () => {
    const jobs = [job('etcd-backup-29012000', 'etcd-backup', 7200, { reason: 'DeadlineExceeded', message: 'x' }), job('etcd-backup-29012360', 'etcd-backup', 60)];
    expect(ids(base({ cronJobs: [cronJob('etcd-backup')], jobs }))).toEqual([]);
  });

  it('says what it checked when there is no sign of a backup', () => {
    const [f] = etcdBackupFindings(base({ cronJobs: [{ metadata: { name: 'log-rotate' }, spec: { schedule: '@daily' } }] }));
    expect(f).toMatchObject({ id: 'control-plane/etcd-backup', severity: 'info' });
    expect(f!.evidence[1]).toBe('no CronJob, Job, pod, workload or annotation in kube-system mentions an etcd snapshot or backup (checked 1 CronJobs, 0 Jobs, 1 pods, 0 workloads)');
    expect(f!.evidence).toHaveLength(2);
  });

  it('says it could not read CronJobs or Jobs when they are forbidden or were not read', () => {
    const forbidden = etcdBackupFindings(base({ watchStates: { cronjobs: 'forbidden', jobs: 'live' } }))[0]!;
    expect(forbidden.evidence.slice(2)).toEqual(['CronJobs in kube-system not readable (forbidden): a backup there would not show']);
    const notRead = etcdBackupFindings({ ...emptySnapshot(), pods: [etcdPod] })[0]!;
    expect(notRead.evidence.slice(2)).toEqual([
      'CronJobs in kube-system not read: a backup there would not show',
      'Jobs in kube-system not read: a backup there would not show',
    ]);
  });

  it('checks nothing when etcd does not run in kube-system', () => {
    expect(etcdBackupFindings({ ...emptySnapshot(), cronJobs: [], jobs: [] })).toEqual([]);
  });
});
