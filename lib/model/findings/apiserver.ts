/**
 * API server findings: failing `/readyz` and `/livez` checks, kube-apiserver pods not ready or
 * restarting, and the serving certificate's expiry (read from a TLS handshake by lib/kube/tls-probe).
 */
import type { Finding } from '@/lib/api/findings';
import { humanDuration } from '../duration';
import { moment, say, verbatim } from '../say';
import type { ClusterSnapshot, HealthCheck } from '../snapshot';
import { podCause } from '../pod-cause';
import { bucketsOf, causesOf, couldNotCheck, findingsOf, NS, subjects, unavailableWhy, type FindingsContext } from './context';
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
    const why = snapshot.unavailable?.readyz ? say('reason.readyzUnavailable', { why: unavailableWhy(snapshot.unavailable.readyz) })
      : (health.readyzError ? say('finding.apiserver.readyzFailed', { error: health.readyzError }) : say('finding.apiserver.noReadyz'));
    return [couldNotCheck('apiserver', 'readyz', say('finding.what.healthChecks'), why, ["kubectl get --raw='/readyz?verbose'"], subjects.component('kube-apiserver'))];
  }
  const out: Finding[] = [];
  const failing = (endpoint: 'readyz' | 'livez', checks: readonly HealthCheck[] | undefined) => {
    const bad = (checks ?? []).filter((c) => !c.ok);
    if (bad.length === 0) return;
    out.push(finding({
      id: `apiserver/${endpoint}-failing`,
      severity: 'critical',
      title: bad.length === 1
        ? say('finding.apiserver.checkFailing', { endpoint, name: bad[0]!.name })
        : say('finding.apiserver.checksFailing', { endpoint, count: bad.length }),
      evidence: [
        ...bad.map((c) => say('finding.apiserver.checkFailed', { line: `[-]${c.name} failed${c.message ? `: ${c.message}` : ''}` })),
        say('finding.apiserver.checksPass', { pass: checks!.length - bad.length, total: checks!.length, endpoint }),
      ],
      subject: subjects.component('kube-apiserver'),
      nextSteps: [
        say(endpoint === 'livez' ? 'finding.apiserver.livezStep' : 'finding.apiserver.readyzStep'),
        say('finding.apiserver.checkEtcdStep'),
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
    const termination = lastTermination(f.pod);
    const evidence = [describePodLine(f), ...(termination ? [termination.line] : [])];
    const commands = [`kubectl ${NS} get pod ${f.name} -o wide`, `kubectl ${NS} logs ${f.name} --previous --tail=50`];
    if (!f.isReady && !f.isSucceeded) {
      out.push(finding({
        id: `apiserver/pod-not-ready:${f.name}`,
        severity: 'critical',
        title: say('finding.apiserver.podNotReady', { pod: f.name }),
        evidence: [...evidence, podCause(f, causesOf(snapshot, now))],
        subject: subjects.pod(f.name),
        nextSteps: [say('finding.apiserver.podNotReadyStep'), say('finding.apiserver.manifestStep')],
        commands,
      }));
    } else if (restartedRecently(f, now)) {
      out.push(finding({
        id: `apiserver/pod-restarting:${f.name}`,
        severity: 'warning',
        title: say('finding.apiserver.podRestarted', { pod: f.name, at: moment(f.lastRestartAt!)! }),
        evidence,
        subject: subjects.pod(f.name),
        nextSteps: [say('finding.apiserver.podRestartedStep')],
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
  const what = say('finding.what.servingCert');
  if (!tls) return [couldNotCheck('apiserver', 'serving-cert', what, say('finding.apiserver.noHandshake'), commands, subject)];
  if (tls.status === 'unavailable') return [couldNotCheck('apiserver', 'serving-cert', what, tls.error ? verbatim(tls.error) : say('finding.apiserver.notProbed'), commands, subject)];
  if (tls.status !== 'ok' || !tls.validTo) {
    return [couldNotCheck('apiserver', 'serving-cert', what, say('finding.apiserver.handshakeFailed', { server: tls.server, error: tls.error ?? 'no certificate' }), commands, subject)];
  }
  const left = Date.parse(tls.validTo) - context.now;
  const days = Math.floor(left / DAY_MS);
  if (days >= CERT_WARNING_DAYS) return [];
  const expired = left <= 0;
  return [finding({
    id: 'apiserver/cert-expiry',
    severity: days < CERT_CRITICAL_DAYS ? 'critical' : 'warning',
    title: expired ? say('finding.apiserver.certExpired') : say('finding.apiserver.certExpires', { left: humanDuration(left) }),
    evidence: [
      say('finding.apiserver.certPresents', { server: tls.server, subject: tls.subject ?? 'none', issuer: tls.issuer ?? '?' }),
      say('finding.apiserver.certValid', { from: tls.validFrom ?? '?', to: tls.validTo }),
    ],
    subject,
    nextSteps: [say('finding.apiserver.certRenewStep'), say('finding.apiserver.certKubeadmStep')],
    commands,
  })];
}

/** Findings about the API server; see the module header. */
export function apiServerFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  return [...healthFindings(snapshot), ...podFindings(snapshot, context.now), ...certFindings(context)];
}
