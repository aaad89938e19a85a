/**
 * The etcd-backup check for a self-hosted etcd (the guide's caution: back up etcd regularly with
 * `etcdctl snapshot save`): a backup CronJob in kube-system, whether it is suspended or its last run
 * failed, else any pod, Job or workload that mentions a snapshot; and what it could not read.
 */
import type { Finding } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import type { CronJob, Job, ObjectMeta, Pod, PodTemplate } from '../k8s';
import { say } from '../say';
import type { ClusterSnapshot } from '../snapshot';
import { controllerOf } from '../workload';
import { bucketsOf, findingsOf, NS, subjects, unavailableWhy, type FullContainer } from './context';

const finding = findingsOf('control-plane');
const BACKUP_SIGN = /etcd[\w-]*(snapshot|backup)|(snapshot|backup)[\w-]*etcd|etcdctl\s+snapshot\s+save/i;
const UNREADABLE: Record<string, Message> = {
  forbidden: say('problem.forbidden'),
  unserved: say('problem.unserved'),
  error: say('problem.failingToRead'),
  syncing: say('problem.syncing'),
};
const NEXT_STEPS = [say('finding.etcdBackup.backupStep'), say('finding.etcdBackup.outsideStep')];

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
function unreadable(snapshot: ClusterSnapshot, kind: 'cronjobs' | 'jobs'): Message | undefined {
  if ((kind === 'cronjobs' ? snapshot.cronJobs : snapshot.jobs) === undefined) return say('problem.notRead');
  const state = snapshot.watchStates?.[kind];
  // Why a settled kind is unavailable ("not in the capture", "not served …") says more than its state.
  const why = snapshot.unavailable?.[kind];
  if (why && state !== 'forbidden') return unavailableWhy(why);
  return state ? UNREADABLE[state] : undefined;
}

function cronJobFindings(snapshot: ClusterSnapshot, cronJob: CronJob, jobs: readonly Job[]): Finding[] {
  const name = cronJob.metadata?.name ?? '';
  // The CronJob's pods form a component named after it; without pods left, point at etcd itself.
  const subject = subjects.component(bucketsOf(snapshot).has(name) ? name : 'etcd');
  const commands = [`kubectl ${NS} get cronjob ${name} -o wide`, `kubectl ${NS} get jobs --sort-by=.metadata.creationTimestamp`];
  const runs = { schedule: cronJob.spec?.schedule || 'none', lastSuccess: cronJob.status?.lastSuccessfulTime || 'none' };
  if (cronJob.spec?.suspend) {
    return [finding({
      id: `control-plane/etcd-backup-suspended:${name}`,
      severity: 'warning',
      title: say('finding.etcdBackup.suspended', { name }),
      evidence: [say('finding.etcdBackup.suspendedCronJob', { name, ...runs })],
      subject,
      nextSteps: [say('finding.etcdBackup.suspendedStep')],
      commands,
    })];
  }
  const job = latestJob(name, jobs);
  const failed = job ? failure(job) : undefined;
  if (!job || !failed) return [];
  return [finding({
    id: `control-plane/etcd-backup-failed:${name}`,
    severity: 'warning',
    title: say('finding.etcdBackup.failed', { job: String(job.metadata?.name) }),
    evidence: [say('finding.etcdBackup.job', { job: String(job.metadata?.name), failed }), say('finding.etcdBackup.cronJob', { name, ...runs })],
    subject,
    nextSteps: [say('finding.etcdBackup.failedStep')],
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
    return why ? [say('finding.etcdBackup.notRead', { kind: kind === 'cronjobs' ? 'CronJobs' : 'Jobs', why })] : [];
  });
  return [finding({
    id: 'control-plane/etcd-backup',
    severity: 'info',
    title: say('finding.etcdBackup.none'),
    evidence: [
      say('finding.etcdBackup.etcdRuns', { pods: etcd.pods.map((f) => f.name).join(', ') }),
      say('finding.etcdBackup.noMention', { cronJobs: cronJobs.length, jobs: jobs.length, pods: snapshot.pods.length, workloads: workloads.length }),
      ...notRead,
    ],
    subject: subjects.component('etcd'),
    nextSteps: NEXT_STEPS,
    commands: [`kubectl ${NS} get cronjobs,jobs`, `kubectl get cronjobs -A | grep -i etcd`],
  })];
}
