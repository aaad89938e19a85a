/**
 * API server findings: failing `/readyz` and `/livez` checks, kube-apiserver pods not ready or
 * restarting, and the serving certificate's expiry (read from a TLS handshake by lib/kube/tls-probe).
 */
import type { Finding } from '@/lib/api/findings';
import { humanDuration } from '../duration';
import type { ClusterSnapshot, HealthCheck } from '../snapshot';
import { podCause } from '../pod-cause';
import { bucketsOf, causesOf, couldNotCheck, findingsOf, NS, subjects, type FindingsContext } from './context';
import { describePodLine, lastTermination, restartedRecently } from './pod-facts';

const finding = findingsOf('apiserver');
const DAY_MS = 24 * 60 * 60 * 1000;
/** Warn this many days before the serving certificate expires; critical under CERT_CRITICAL_DAYS. */
export const CERT_WARNING_DAYS = 30;
export const CERT_CRITICAL_DAYS = 7;

function healthFindings(snapshot: ClusterSnapshot): Finding[] {
  const health = snapshot.health ?? {};
  const readyz = health.readyz?.length ? health.readyz : undefined;
  const livez = health.livez?.length ? health.livez : undefined;
  if (!readyz && !livez) {
    const why = snapshot.unavailable?.readyz ? `/readyz ${snapshot.unavailable.readyz}`
      : (health.readyzError ? `GET /readyz?verbose failed: ${health.readyzError}` : 'no /readyz answer yet (the health poller has not answered)');
    return [couldNotCheck('apiserver', 'readyz', 'the API server health checks', why, ["kubectl get --raw='/readyz?verbose'"], subjects.component('kube-apiserver'))];
  }
  const out: Finding[] = [];
  const failing = (endpoint: 'readyz' | 'livez', checks: readonly HealthCheck[] | undefined) => {
    const bad = (checks ?? []).filter((c) => !c.ok);
    if (bad.length === 0) return;
    out.push(finding({
      id: `apiserver/${endpoint}-failing`,
      severity: 'critical',
      title: `/${endpoint} reports ${bad.length === 1 ? `check ${bad[0]!.name}` : `${bad.length} checks`} failing`,
      evidence: [
        ...bad.map((c) => `[-]${c.name} failed${c.message ? `: ${c.message}` : ''}`),
        `${checks!.length - bad.length} of ${checks!.length} /${endpoint} checks pass`,
      ],
      subject: subjects.component('kube-apiserver'),
      nextSteps: [
        endpoint === 'livez'
          ? 'A failing livez check makes the kubelet restart kube-apiserver; read its logs for the cause.'
          : 'A failing readyz check takes this API server out of its load balancer; fix the check named above (etcd checks point at etcd).',
        'Check etcd health and the kube-apiserver logs on the control-plane node.',
      ],
      commands: [`kubectl get --raw='/${endpoint}?verbose'`, `kubectl ${NS} logs -l component=kube-apiserver --tail=100`],
    }));
  };
  failing('livez', livez);
  failing('readyz', readyz);
  return out;
}

function podFindings(snapshot: ClusterSnapshot, now: number): Finding[] {
  const bucket = bucketsOf(snapshot).get('kube-apiserver');
  const out: Finding[] = [];
  for (const f of bucket?.pods ?? []) {
    const termination = lastTermination(f.pod, now);
    const evidence = [describePodLine(f), ...(termination ? [termination.line] : [])];
    const commands = [`kubectl ${NS} get pod ${f.name} -o wide`, `kubectl ${NS} logs ${f.name} --previous --tail=50`];
    if (!f.isReady && !f.isSucceeded) {
      out.push(finding({
        id: `apiserver/pod-not-ready:${f.name}`,
        severity: 'critical',
        title: `kube-apiserver pod ${f.name} is not ready`,
        evidence: [...evidence, podCause(f, causesOf(snapshot, now))],
        subject: subjects.pod(f.name),
        nextSteps: [
          'Read the pod\'s logs (and --previous) for the reason it fails its readiness probe.',
          'On kubeadm clusters the manifest is /etc/kubernetes/manifests/kube-apiserver.yaml on the node; the kubelet restarts it when the file changes.',
        ],
        commands,
      }));
    } else if (restartedRecently(f, now)) {
      const ago = humanDuration(now - Date.parse(f.lastRestartAt!));
      out.push(finding({
        id: `apiserver/pod-restarting:${f.name}`,
        severity: 'warning',
        title: `kube-apiserver pod ${f.name} restarted ${ago} ago`,
        evidence,
        subject: subjects.pod(f.name),
        nextSteps: ['Read the previous container\'s logs: a failing livez check, an etcd outage or memory pressure restarts the API server.'],
        commands,
      }));
    }
  }
  return out;
}

function certFindings(context: FindingsContext): Finding[] {
  const tls = context.tls;
  const commands = ["kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}'", 'kubeadm certs check-expiration'];
  const subject = subjects.component('kube-apiserver');
  if (!tls) return [couldNotCheck('apiserver', 'serving-cert', "the API server's serving certificate", 'no TLS handshake with the API server yet', commands, subject)];
  if (tls.status === 'unavailable') return [couldNotCheck('apiserver', 'serving-cert', "the API server's serving certificate", tls.error ?? 'not probed', commands, subject)];
  if (tls.status !== 'ok' || !tls.validTo) {
    return [couldNotCheck('apiserver', 'serving-cert', "the API server's serving certificate", `TLS handshake with ${tls.server} failed: ${tls.error ?? 'no certificate'}`, commands, subject)];
  }
  const left = Date.parse(tls.validTo) - context.now;
  const days = Math.floor(left / DAY_MS);
  if (days >= CERT_WARNING_DAYS) return [];
  const expired = left <= 0;
  return [finding({
    id: 'apiserver/cert-expiry',
    severity: days < CERT_CRITICAL_DAYS ? 'critical' : 'warning',
    title: expired ? "The API server's serving certificate has expired" : `The API server's serving certificate expires in ${humanDuration(left)}`,
    evidence: [
      `${tls.server} presents ${tls.subject ?? 'a certificate'} issued by ${tls.issuer ?? '?'}`,
      `valid from ${tls.validFrom ?? '?'} to ${tls.validTo}`,
    ],
    subject,
    nextSteps: [
      'Renew the certificate before it expires: clients refuse an expired one and the cluster becomes unreachable.',
      'On kubeadm clusters: `kubeadm certs renew apiserver` on each control-plane node, then restart kube-apiserver (a control-plane upgrade renews them too).',
    ],
    commands,
  })];
}

/** Findings about the API server; see the module header. */
export function apiServerFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  return [...healthFindings(snapshot), ...podFindings(snapshot, context.now), ...certFindings(context)];
}
