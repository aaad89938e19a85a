/**
 * The etcd-backup check for a self-hosted etcd (the guide's caution: back up etcd regularly with
 * `etcdctl snapshot save`): a backup CronJob in kube-system, whether it is suspended or its last run
 * failed, else any pod, Job or workload that mentions a snapshot; and what it could not read.
 */
import type { Finding } from '@/lib/api/findings';
import type { CronJob, Job, ObjectMeta, Pod, PodTemplate } from '../k8s';
import type { ClusterSnapshot } from '../snapshot';
import { controllerOf } from '../workload';
import { bucketsOf, findingsOf, NS, subjects, type FullContainer } from './context';

const finding = findingsOf('control-plane');
const BACKUP_SIGN = /etcd[\w-]*(snapshot|backup)|(snapshot|backup)[\w-]*etcd|etcdctl\s+snapshot\s+save/i;
const UNREADABLE: Record<string, string> = {
  forbidden: 'not readable (forbidden)',
  unserved: 'not served by this API server',
  error: 'failing to be read',
  syncing: 'still syncing',
};
const NEXT_STEPS = [
  'Back up etcd regularly: `ETCDCTL_API=3 etcdctl snapshot save snapshot.db` with the etcd CA, cert and key (on kubeadm: /etc/kubernetes/pki/etcd/), and keep the snapshots off the node.',
  'Backups made outside the cluster (a host cron job, Velero, your provider) do not show here; if you have one, this is informational.',
];

function mentionsBackup(meta: ObjectMeta | null | undefined): boolean {
  const texts = [meta?.name ?? '', ...Object.entries(meta?.annotations ?? {}).flat(), ...Object.entries(meta?.labels ?? {}).flat()];
  return texts.some((t) => BACKUP_SIGN.test(t));
}

function templateMentionsBackup(template: PodTemplate | null | undefined): boolean {
  const containers = (template?.spec?.containers ?? []).filter(Boolean) as FullContainer[];
  return containers.some((c) => BACKUP_SIGN.test([c.name, c.image, ...(c.command ?? []), ...(c.args ?? [])].join(' ')));
}

function podMentionsBackup(pod: Pod): boolean {
  if (mentionsBackup(pod.metadata)) return true;
  if ((pod.metadata?.ownerReferences ?? []).some((o) => BACKUP_SIGN.test(o?.name ?? ''))) return true;
  return templateMentionsBackup(pod);
}

const isBackupCronJob = (cj: CronJob) => mentionsBackup(cj.metadata) || templateMentionsBackup(cj.spec?.jobTemplate?.spec?.template);

/**
 * The CronJob's newest Job. Kubernetes fact: the CronJob controller sets itself as each Job's
 * controlling owner; Jobs it created are named `<cronjob>-<minutes since the epoch>`, so newer sort later.
 */
function latestJob(cronJob: string, jobs: readonly Job[]): Job | undefined {
  const own = jobs.filter((j) => controllerOf(j?.metadata)?.kind === 'CronJob' && controllerOf(j.metadata)?.name === cronJob);
  return own.sort((a, b) => (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? ''))[own.length - 1];
}

/** Kubernetes fact: a Job that gave up carries the condition `Failed=True` (backoffLimit or deadline). */
function failure(job: Job): string | undefined {
  const failed = job.status?.conditions?.find((c) => c?.type === 'Failed' && c.status === 'True');
  if (failed) return [failed.reason, failed.message].filter(Boolean).join(': ') || 'Failed';
  return undefined;
}

/** Why CronJobs or Jobs cannot be trusted to be complete here, or undefined when they can. */
function unreadable(snapshot: ClusterSnapshot, kind: 'cronjobs' | 'jobs'): string | undefined {
  if ((kind === 'cronjobs' ? snapshot.cronJobs : snapshot.jobs) === undefined) return 'not read';
  const state = snapshot.watchStates?.[kind];
  // Why a settled kind is unavailable ("not in the capture", "not served …") says more than its state.
  const why = snapshot.unavailable?.[kind];
  if (why && state !== 'forbidden') return why;
  return state ? UNREADABLE[state] : undefined;
}

function cronJobFindings(snapshot: ClusterSnapshot, cronJob: CronJob, jobs: readonly Job[]): Finding[] {
  const name = cronJob.metadata?.name ?? '';
  // The CronJob's pods form a component named after it; without pods left, point at etcd itself.
  const subject = subjects.component(bucketsOf(snapshot).has(name) ? name : 'etcd');
  const commands = [`kubectl ${NS} get cronjob ${name} -o wide`, `kubectl ${NS} get jobs --sort-by=.metadata.creationTimestamp`];
  const schedule = cronJob.spec?.schedule ? `schedule "${cronJob.spec.schedule}"` : 'no schedule';
  const lastSuccess = cronJob.status?.lastSuccessfulTime ? `last successful run ${cronJob.status.lastSuccessfulTime}` : 'no successful run recorded';
  if (cronJob.spec?.suspend) {
    return [finding({
      id: `control-plane/etcd-backup-suspended:${name}`,
      severity: 'warning',
      title: `The etcd backup CronJob ${name} is suspended`,
      evidence: [`CronJob kube-system/${name}: suspend: true, ${schedule}, ${lastSuccess}`],
      subject,
      nextSteps: ['A suspended CronJob creates no Jobs: no new etcd snapshots are taken until it is resumed (`spec.suspend: false`).'],
      commands,
    })];
  }
  const job = latestJob(name, jobs);
  const failed = job ? failure(job) : undefined;
  if (!job || !failed) return [];
  return [finding({
    id: `control-plane/etcd-backup-failed:${name}`,
    severity: 'warning',
    title: `The last etcd backup run (Job ${job.metadata?.name}) failed`,
    evidence: [`Job kube-system/${job.metadata?.name}: ${failed}`, `CronJob kube-system/${name}: ${schedule}, ${lastSuccess}`],
    subject,
    nextSteps: ['Read the failed Job\'s pod logs: an expired etcd client certificate, a wrong endpoint or a full backup volume are the usual causes.'],
    commands: [...commands, `kubectl ${NS} logs job/${job.metadata?.name}`],
  })];
}

/** Findings about etcd backups; none when etcd does not run in kube-system (managed control planes). */
export function etcdBackupFindings(snapshot: ClusterSnapshot): Finding[] {
  const etcd = bucketsOf(snapshot).get('etcd');
  if (!etcd || etcd.pods.length === 0) return [];
  const cronJobs = snapshot.cronJobs ?? [];
  const jobs = snapshot.jobs ?? [];
  const backupCronJob = cronJobs.find(isBackupCronJob);
  if (backupCronJob) return cronJobFindings(snapshot, backupCronJob, jobs);
  const workloads = [...snapshot.deployments, ...snapshot.daemonSets, ...(snapshot.statefulSets ?? [])];
  const found = snapshot.pods.some(podMentionsBackup)
    || jobs.some((j) => mentionsBackup(j?.metadata) || templateMentionsBackup(j?.spec?.template))
    || workloads.some((w) => mentionsBackup(w?.metadata));
  if (found) return [];
  const notRead = (['cronjobs', 'jobs'] as const).flatMap((kind) => {
    const why = unreadable(snapshot, kind);
    return why ? [`${kind === 'cronjobs' ? 'CronJobs' : 'Jobs'} in kube-system ${why}: a backup there would not show`] : [];
  });
  return [finding({
    id: 'control-plane/etcd-backup',
    severity: 'info',
    title: 'No sign of an etcd backup found in kube-system',
    evidence: [
      `etcd runs in kube-system (${etcd.pods.map((f) => f.name).join(', ')})`,
      `no CronJob, Job, pod, workload or annotation in kube-system mentions an etcd snapshot or backup (checked ${cronJobs.length} CronJobs, ${jobs.length} Jobs, ${snapshot.pods.length} pods, ${workloads.length} workloads)`,
      ...notRead,
    ],
    subject: subjects.component('etcd'),
    nextSteps: NEXT_STEPS,
    commands: [`kubectl ${NS} get cronjobs,jobs`, `kubectl get cronjobs -A | grep -i etcd`],
  })];
}
