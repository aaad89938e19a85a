/**
 * Metrics findings, the guide's "metrics server" troubleshooting: the `v1beta1.metrics.k8s.io`
 * APIService's Available condition and message, metrics-server's pods, and stale samples.
 */
import type { Finding } from '@/lib/api/findings';
import { humanDuration } from '../duration';
import { isLivePod } from '../pod-evidence';
import type { ClusterSnapshot } from '../snapshot';
import { podCause } from '../pod-cause';
import { bucketsOf, causesOf, couldNotCheck, findingsOf, NS, subjects, type FindingsContext } from './context';
import { describePodLine } from './pod-facts';

const finding = findingsOf('metrics');
export const METRICS_APISERVICE = 'v1beta1.metrics.k8s.io';
/** metrics-server scrapes every 15 s by default; a newest sample older than this is stale. */
export const STALE_METRICS_MS = 3 * 60 * 1000;
const COMMANDS = [`kubectl get apiservice ${METRICS_APISERVICE} -o yaml`, `kubectl ${NS} get pods -l k8s-app=metrics-server -o wide`, 'kubectl top nodes'];

function apiServiceFindings(snapshot: ClusterSnapshot, hasServerPods: boolean): Finding[] {
  if (!snapshot.apiServices) {
    const problem = snapshot.unavailable?.apiServices;
    const why = problem ? `APIServices ${problem}` : 'APIServices are not visible: needs list on apiservices.apiregistration.k8s.io';
    return [couldNotCheck('metrics', 'apiservice', 'the metrics API', why, COMMANDS)];
  }
  const service = snapshot.apiServices.find((a) => a?.metadata?.name === METRICS_APISERVICE);
  const subject = subjects.apiservice(METRICS_APISERVICE);
  if (!service) {
    return [finding({
      id: 'metrics/not-installed',
      severity: hasServerPods ? 'warning' : 'info',
      title: hasServerPods ? 'metrics-server runs but the metrics API is not registered' : 'No metrics API: metrics-server is not installed',
      evidence: [`no APIService ${METRICS_APISERVICE}`, hasServerPods ? 'metrics-server pods exist in kube-system' : 'no metrics-server pods in kube-system'],
      subject,
      nextSteps: ['`kubectl top` and HorizontalPodAutoscalers need the metrics API; install metrics-server (its manifest registers the APIService).'],
      commands: COMMANDS,
    })];
  }
  const available = service.status?.conditions?.find((c) => c?.type === 'Available');
  if (available?.status === 'True') return [];
  const since = available?.lastTransitionTime ? ` since ${available.lastTransitionTime}` : '';
  return [finding({
    id: 'metrics/apiservice-unavailable',
    severity: 'warning',
    title: `The metrics API is unavailable${available?.reason ? ` (${available.reason})` : ''}`,
    evidence: [
      `APIService ${METRICS_APISERVICE} Available=${available?.status ?? 'unknown'}${available?.reason ? ` (${available.reason})` : ''}${since}`,
      ...(available?.message ? [`message: ${available.message}`] : []),
    ],
    subject,
    nextSteps: [
      '`kubectl top` and HorizontalPodAutoscalers fail until this APIService is Available.',
      'MissingEndpoints means no metrics-server pod is ready; FailedDiscoveryCheck means the API server cannot reach it (network policy, firewall, kubelet certificates with --kubelet-insecure-tls).',
    ],
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
    title: `metrics-server: ${notReady.length} pod${notReady.length === 1 ? '' : 's'} not ready`,
    evidence: notReady.slice(0, 5).flatMap((f) => [describePodLine(f), podCause(f, causesOf(snapshot, now))]),
    subject: subjects.component(bucket.id),
    nextSteps: ['Read the pod\'s events (a failing readiness probe) and logs: scrape errors name the kubelet that refused it.'],
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
    title: `Metrics are stale: the newest sample is ${humanDuration(age)} old`,
    evidence: [`newest PodMetrics timestamp ${metrics.newestTimestamp}, read at ${metrics.at}`],
    subject: subjects.component('metrics-server'),
    nextSteps: ['metrics-server serves its last scrape when kubelets stop answering; read its logs for scrape errors.'],
    commands: [`kubectl get --raw /apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods | head -c 600`, `kubectl ${NS} logs deployment/metrics-server --tail=50`],
  })];
}

/** Findings about the metrics pipeline; see the module header. */
export function metricsFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const hasServerPods = (bucketsOf(snapshot).get('metrics-server')?.pods.length ?? 0) > 0;
  return [...apiServiceFindings(snapshot, hasServerPods), ...serverPodFindings(snapshot, context.now), ...staleFindings(context)];
}
