/**
 * Control-plane findings: a leader Lease not renewed within its duration, kube-scheduler or
 * kube-controller-manager missing, etcd not ready, and the etcd-backup check (etcd-backup.ts).
 */
import type { Finding } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import { DEFAULT_LEADER_LEASE_SECONDS } from '../control-plane';
import { messageKey, moment, say } from '../say';
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
          title: say('finding.controlPlane.leaseStale', { id, at: moment(renewed)! }),
          evidence: [say('finding.controlPlane.lease', { id, holder: lease.spec?.holderIdentity || 'none', renewTime: String(lease.spec?.renewTime), duration })],
          subject: subjects.component(id),
          nextSteps: [say('finding.controlPlane.leaseStep', { id, work: id === 'kube-scheduler' ? 'scheduler' : 'controllers' })],
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
        title: say('finding.controlPlane.missing', { id }),
        evidence: [
          say('finding.controlPlane.noPod', { id }),
          leasesVisible ? say('finding.controlPlane.noLease', { id, count: snapshot.leases.length }) : say('finding.controlPlane.peers'),
        ],
        subject: subjects.component(id),
        nextSteps: [say('finding.controlPlane.manifestStep', { id })],
        commands,
      }));
    } else unchecked = true;
  }
  if (unchecked) {
    const leasesProblem = unreadable(snapshot, 'leases');
    const why = leasesProblem ? say('finding.controlPlane.leasesUnknown', { why: leasesProblem }) : say('finding.controlPlane.noLeaderLease');
    out.push(couldNotCheck('control-plane', 'leader-election', say('finding.what.leaders'), say('finding.controlPlane.managed', { why }), LEADERS.map((id) => `kubectl ${NS} get lease ${id}`)));
  }
  return out;
}

function etcdFindings(snapshot: ClusterSnapshot): Finding[] {
  const bucket = bucketsOf(snapshot).get('etcd');
  const evidence: Message[] = [];
  for (const f of bucket?.pods ?? []) if (isLivePod(f) && !f.isReady) evidence.push(describePodLine(f));
  for (const c of [...(snapshot.health?.readyz ?? []), ...(snapshot.health?.livez ?? [])]) {
    if (!c.ok && (c.name === 'etcd' || c.name.startsWith('etcd-'))) evidence.push(say('finding.controlPlane.etcdCheck', { name: c.name, message: c.message || 'none' }));
  }
  for (const cs of snapshot.componentStatuses ?? []) {
    const healthy = cs?.conditions?.find((c) => c?.type === 'Healthy');
    if (/^etcd-\d+$/.test(cs?.metadata?.name ?? '') && healthy && healthy.status !== 'True') {
      const name = cs.metadata?.name ?? '';
      evidence.push(healthy.message ? say('reason.componentStatusUnhealthyWhy', { name, why: healthy.message }) : say('reason.componentStatusUnhealthy', { name }));
    }
  }
  if (evidence.length === 0) return [];
  const unique = [...new Map(evidence.map((m) => [messageKey(m), m])).values()];
  return [finding({
    id: 'control-plane/etcd-not-ready',
    severity: 'critical',
    title: say('finding.controlPlane.etcdNotReady'),
    evidence: unique,
    subject: subjects.component('etcd'),
    nextSteps: [say('finding.controlPlane.etcdStep')],
    commands: [`kubectl ${NS} get pods -l component=etcd -o wide`, `kubectl ${NS} logs -l component=etcd --tail=50`, "kubectl get --raw='/readyz/etcd'"],
  })];
}

/** Findings about the control plane; see the module header. */
export function controlPlaneFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const podsProblem = unreadable(snapshot, 'pods');
  if (podsProblem) {
    return [couldNotCheck('control-plane', 'pods', say('finding.what.controlPlanePods'), podsProblem, [`kubectl ${NS} get pods -l tier=control-plane`])];
  }
  const isSelfHosted = (bucketsOf(snapshot).get('kube-apiserver')?.pods.length ?? 0) > 0;
  return [...leaderFindings(snapshot, context.now, isSelfHosted), ...etcdFindings(snapshot), ...etcdBackupFindings(snapshot)];
}
