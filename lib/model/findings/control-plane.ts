/**
 * Control-plane findings: a leader Lease not renewed within its duration, kube-scheduler or
 * kube-controller-manager missing, etcd not ready, and the etcd-backup check (etcd-backup.ts).
 */
import type { Finding } from '@/lib/api/findings';
import { DEFAULT_LEADER_LEASE_SECONDS } from '../control-plane';
import { humanDuration } from '../duration';
import { isLivePod } from '../pod-evidence';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, couldNotCheck, findingsOf, NS, subjects, unreadable, type FindingsContext } from './context';
import { etcdBackupFindings } from './etcd-backup';
import { describePodLine } from './pod-facts';

const finding = findingsOf('control-plane');
const LEADERS = ['kube-scheduler', 'kube-controller-manager'] as const;

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

/** Findings about the control plane; see the module header. */
export function controlPlaneFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const podsProblem = unreadable(snapshot, 'pods');
  if (podsProblem) {
    return [couldNotCheck('control-plane', 'pods', 'the control plane pods', podsProblem, [`kubectl ${NS} get pods -l tier=control-plane`])];
  }
  const isSelfHosted = (bucketsOf(snapshot).get('kube-apiserver')?.pods.length ?? 0) > 0;
  return [...leaderFindings(snapshot, context.now, isSelfHosted), ...etcdFindings(snapshot), ...etcdBackupFindings(snapshot)];
}
