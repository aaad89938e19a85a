/**
 * Metrics findings, the guide's "metrics server" troubleshooting: the `v1beta1.metrics.k8s.io`
 * APIService's Available condition and message, metrics-server's pods, and stale samples.
 */
import type { Finding } from '@/lib/api/findings';
import { moment, say } from '../say';
import { isLivePod } from '../pod-evidence';
import type { ClusterSnapshot } from '../snapshot';
import { podCause } from '../pod-cause';
import { bucketsOf, causesOf, couldNotCheck, findingsOf, NS, subjects, unavailableWhy, type FindingsContext } from './context';
import { describePodLine } from './pod-facts';

const finding = findingsOf('metrics');
export const METRICS_APISERVICE = 'v1beta1.metrics.k8s.io';
/** metrics-server scrapes every 15 s by default; a newest sample older than this is stale. */
export const STALE_METRICS_MS = 3 * 60 * 1000;
const COMMANDS = [`kubectl get apiservice ${METRICS_APISERVICE} -o yaml`, `kubectl ${NS} get pods -l k8s-app=metrics-server -o wide`, 'kubectl top nodes'];

function apiServiceFindings(snapshot: ClusterSnapshot, hasServerPods: boolean): Finding[] {
  if (!snapshot.apiServices) {
    const problem = snapshot.unavailable?.apiServices;
    const why = problem ? say('finding.unreadable.why', { kind: 'APIServices', why: unavailableWhy(problem) }) : say('finding.metrics.apiServicesHidden');
    return [couldNotCheck('metrics', 'apiservice', say('finding.what.metricsApi'), why, COMMANDS)];
  }
  const service = snapshot.apiServices.find((a) => a?.metadata?.name === METRICS_APISERVICE);
  const subject = subjects.apiservice(METRICS_APISERVICE);
  if (!service) {
    return [finding({
      id: 'metrics/not-installed',
      severity: hasServerPods ? 'warning' : 'info',
      title: say(hasServerPods ? 'finding.metrics.notRegistered' : 'finding.metrics.notInstalled'),
      evidence: [say('finding.metrics.noApiService', { name: METRICS_APISERVICE }), say(hasServerPods ? 'finding.metrics.serverPods' : 'finding.metrics.noServerPods')],
      subject,
      nextSteps: [say('finding.metrics.installStep')],
      commands: COMMANDS,
    })];
  }
  const available = service.status?.conditions?.find((c) => c?.type === 'Available');
  if (available?.status === 'True') return [];
  const condition = `Available=${available?.status ?? 'unknown'}${available?.reason ? ` (${available.reason})` : ''}`;
  return [finding({
    id: 'metrics/apiservice-unavailable',
    severity: 'warning',
    title: say('finding.metrics.unavailable', { reason: available?.reason || 'none' }),
    evidence: [
      say('finding.metrics.condition', { name: METRICS_APISERVICE, condition, since: available?.lastTransitionTime || 'none' }),
      ...(available?.message ? [say('finding.metrics.message', { message: available.message })] : []),
    ],
    subject,
    nextSteps: [say('finding.metrics.topStep'), say('finding.metrics.reasonsStep')],
    commands: [...COMMANDS, `kubectl ${NS} logs deployment/metrics-server --tail=50`],
  })];
}

function serverPodFindings(snapshot: ClusterSnapshot, now: number): Finding[] {
  const bucket = bucketsOf(snapshot).get('metrics-server');
  const notReady = (bucket?.pods ?? []).filter((f) => isLivePod(f) && !f.isReady);
  if (!bucket || notReady.length === 0) return [];
  return [finding({
    id: 'metrics/server-not-ready',
    severity: 'warning',
    title: say('finding.metrics.serverNotReady', { count: notReady.length }),
    evidence: notReady.slice(0, 5).flatMap((f) => [describePodLine(f), podCause(f, causesOf(snapshot, now))]),
    subject: subjects.component(bucket.id),
    nextSteps: [say('finding.metrics.serverNotReadyStep')],
    commands: [`kubectl ${NS} describe pod ${notReady[0]!.name}`, `kubectl ${NS} logs ${notReady[0]!.name} --tail=50`],
  })];
}

function staleFindings(context: FindingsContext): Finding[] {
  const metrics = context.podMetrics;
  if (!metrics?.ok || !metrics.newestTimestamp) return [];
  const age = context.now - Date.parse(metrics.newestTimestamp);
  if (!(age > STALE_METRICS_MS)) return [];
  return [finding({
    id: 'metrics/stale',
    severity: 'warning',
    title: say('finding.metrics.stale', { at: moment(metrics.newestTimestamp)! }),
    evidence: [say('finding.metrics.newest', { timestamp: metrics.newestTimestamp, read: metrics.at })],
    subject: subjects.component('metrics-server'),
    nextSteps: [say('finding.metrics.staleStep')],
    commands: [`kubectl get --raw /apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods | head -c 600`, `kubectl ${NS} logs deployment/metrics-server --tail=50`],
  })];
}

/** Findings about the metrics pipeline; see the module header. */
export function metricsFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const hasServerPods = (bucketsOf(snapshot).get('metrics-server')?.pods.length ?? 0) > 0;
  return [...apiServiceFindings(snapshot, hasServerPods), ...serverPodFindings(snapshot, context.now), ...staleFindings(context)];
}
