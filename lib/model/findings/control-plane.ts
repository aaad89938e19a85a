/**
 * Control-plane findings: a leader Lease not renewed within its duration, kube-scheduler or
 * kube-controller-manager missing, etcd not ready, and self-hosted etcd with no sign of a backup
 * (the guide's caution: back up etcd with `etcdctl snapshot save`).
 */
import type { Finding } from '@/lib/api/findings';
import { DEFAULT_LEADER_LEASE_SECONDS } from '../control-plane';
import { humanDuration } from '../duration';
import type { ObjectMeta, Pod } from '../k8s';
import { isLivePod } from '../pod-evidence';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, containersOf, couldNotCheck, findingsOf, NS, subjects, unreadable, type FindingsContext } from './context';
import { describePodLine } from './pod-facts';

const finding = findingsOf('control-plane');
const LEADERS = ['kube-scheduler', 'kube-controller-manager'] as const;
const BACKUP_SIGN = /etcd[\w-]*(snapshot|backup)|(snapshot|backup)[\w-]*etcd|etcdctl\s+snapshot\s+save/i;

function leaderFindings(snapshot: ClusterSnapshot, now: number, isSelfHosted: boolean): Finding[] {
  const out: Finding[] = [];
  const leasesVisible = snapshot.leases.length > 0 && !unreadable(snapshot, 'leases');
  let unchecked = false;
  for (const id of LEADERS) {
    const hasPods = (bucketsOf(snapshot).get(id)?.pods.length ?? 0) > 0;
    const lease = snapshot.leases.find((l) => l?.metadata?.name === id);
    const commands = [`kubectl ${NS} get lease ${id} -o yaml`, `kubectl ${NS} get pods -l component=${id} -o wide`];
    if (lease) {
      const renewed = Date.parse(lease.spec?.renewTime ?? '');
      const duration = lease.spec?.leaseDurationSeconds ?? DEFAULT_LEADER_LEASE_SECONDS;
      const age = Number.isNaN(renewed) ? undefined : Math.round((now - renewed) / 1000);
      if (age !== undefined && age > duration) {
        out.push(finding({
          id: `control-plane/leader-lease-stale:${id}`,
          severity: 'critical',
          title: `${id} has no active leader: its Lease was last renewed ${humanDuration(age * 1000)} ago`,
          evidence: [`Lease kube-system/${id}: holder ${lease.spec?.holderIdentity || 'none'}, renewTime ${lease.spec?.renewTime}, leaseDurationSeconds ${duration}`],
          subject: subjects.component(id),
          nextSteps: [`The active ${id} renews this Lease every few seconds; none is leading, so its work (${id === 'kube-scheduler' ? 'scheduling pods' : 'controllers: Deployments, node lifecycle, endpoints'}) has stopped. Read its logs.`],
          commands: [...commands, `kubectl ${NS} logs -l component=${id} --tail=50`],
        }));
      }
      continue;
    }
    if (hasPods) continue;
    if (isSelfHosted || leasesVisible) {
      out.push(finding({
        id: `control-plane/missing:${id}`,
        severity: 'critical',
        title: `${id} is missing`,
        evidence: [`no ${id} pod in kube-system`, leasesVisible ? `no Lease named ${id} among ${snapshot.leases.length} Leases in kube-system` : 'kube-apiserver runs as a pod here, so its peers should too'],
        subject: subjects.component(id),
        nextSteps: [`On kubeadm clusters the kubelet runs ${id} from /etc/kubernetes/manifests/${id}.yaml on each control-plane node; check that the file exists and parses.`],
        commands,
      }));
    } else unchecked = true;
  }
  if (unchecked) {
    const leasesProblem = unreadable(snapshot, 'leases');
    const why = leasesProblem ? `leader Leases are unknown: ${leasesProblem}` : 'kube-system holds no leader Lease for them';
    out.push(couldNotCheck('control-plane', 'leader-election', 'kube-scheduler and kube-controller-manager', `their pods are not in kube-system (a managed control plane) and ${why}`, LEADERS.map((id) => `kubectl ${NS} get lease ${id}`)));
  }
  return out;
}

function etcdFindings(snapshot: ClusterSnapshot): Finding[] {
  const bucket = bucketsOf(snapshot).get('etcd');
  const evidence: string[] = [];
  for (const f of bucket?.pods ?? []) if (isLivePod(f) && !f.isReady) evidence.push(describePodLine(f));
  for (const c of [...(snapshot.health?.readyz ?? []), ...(snapshot.health?.livez ?? [])]) {
    if (!c.ok && (c.name === 'etcd' || c.name.startsWith('etcd-'))) evidence.push(`/readyz or /livez check ${c.name} failing${c.message ? `: ${c.message}` : ''}`);
  }
  for (const cs of snapshot.componentStatuses ?? []) {
    const healthy = cs?.conditions?.find((c) => c?.type === 'Healthy');
    if (/^etcd-\d+$/.test(cs?.metadata?.name ?? '') && healthy && healthy.status !== 'True') {
      evidence.push(`componentstatus ${cs.metadata?.name} unhealthy${healthy.message ? `: ${healthy.message}` : ''}`);
    }
  }
  if (evidence.length === 0) return [];
  return [finding({
    id: 'control-plane/etcd-not-ready',
    severity: 'critical',
    title: 'etcd is not ready',
    evidence: [...new Set(evidence)],
    subject: subjects.component('etcd'),
    nextSteps: ['Every API write goes to etcd: check its logs for disk latency, quorum loss or an expired certificate, and its data disk\'s free space.'],
    commands: [`kubectl ${NS} get pods -l component=etcd -o wide`, `kubectl ${NS} logs -l component=etcd --tail=50`, "kubectl get --raw='/readyz/etcd'"],
  })];
}

function mentionsBackup(meta: ObjectMeta | null | undefined): boolean {
  const texts = [meta?.name ?? '', ...Object.entries(meta?.annotations ?? {}).flat(), ...Object.entries(meta?.labels ?? {}).flat()];
  return texts.some((t) => BACKUP_SIGN.test(t));
}

function podMentionsBackup(pod: Pod): boolean {
  if (mentionsBackup(pod.metadata)) return true;
  if ((pod.metadata?.ownerReferences ?? []).some((o) => BACKUP_SIGN.test(o?.name ?? ''))) return true;
  return containersOf(pod).some((c) => BACKUP_SIGN.test([c.name, c.image, ...(c.command ?? []), ...(c.args ?? [])].join(' ')));
}

function backupFindings(snapshot: ClusterSnapshot): Finding[] {
  const etcd = bucketsOf(snapshot).get('etcd');
  if (!etcd || etcd.pods.length === 0) return [];
  const workloads = [...snapshot.deployments, ...snapshot.daemonSets, ...(snapshot.statefulSets ?? [])];
  const found = snapshot.pods.some(podMentionsBackup) || workloads.some((w) => mentionsBackup(w?.metadata));
  if (found) return [];
  const unknown = ['deployments', 'daemonsets', 'statefulsets'].map((kind) => unreadable(snapshot, kind)).filter((why): why is string => Boolean(why));
  return [finding({
    id: 'control-plane/etcd-backup',
    severity: 'info',
    title: 'No sign of an etcd backup found in kube-system',
    evidence: [
      `etcd runs in kube-system (${etcd.pods.map((f) => f.name).join(', ')})`,
      `no pod, Job pod, workload or annotation in kube-system mentions an etcd snapshot or backup (checked ${snapshot.pods.length} pods, ${workloads.length} workloads); CronJobs themselves are not watched, only the pods they leave`,
      ...unknown.map((why) => `not checked: ${why}`),
    ],
    subject: subjects.component('etcd'),
    nextSteps: [
      'Back up etcd regularly: `ETCDCTL_API=3 etcdctl snapshot save snapshot.db` with the etcd CA, cert and key (on kubeadm: /etc/kubernetes/pki/etcd/), and keep the snapshots off the node.',
      'Backups made outside the cluster (a host cron job, Velero, your provider) do not show here; if you have one, this is informational.',
    ],
    commands: [`kubectl ${NS} get cronjobs,jobs`, `kubectl get cronjobs -A | grep -i etcd`],
  })];
}

/** Findings about the control plane; see the module header. */
export function controlPlaneFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const podsProblem = unreadable(snapshot, 'pods');
  if (podsProblem) {
    return [couldNotCheck('control-plane', 'pods', 'the control plane pods', podsProblem, [`kubectl ${NS} get pods -l tier=control-plane`])];
  }
  const isSelfHosted = (bucketsOf(snapshot).get('kube-apiserver')?.pods.length ?? 0) > 0;
  return [...leaderFindings(snapshot, context.now, isSelfHosted), ...etcdFindings(snapshot), ...backupFindings(snapshot)];
}
