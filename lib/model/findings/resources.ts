/**
 * Resource findings (the guide's "watch resources" caution): kube-system containers without requests
 * or a memory limit (one finding per component), memory near its limit (needs pod metrics), OOMKilled
 * terminations and recent restarts.
 */
import type { Finding } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import type { Bucket } from '../buckets';
import { isLivePod, type PodFacts } from '../pod-evidence';
import { formatBytes, parseQuantity } from '../quantity';
import { joinMessages, say } from '../say';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, containersOf, couldNotCheck, findingsOf, GroupsByThree, NS, subjects, type FindingsContext } from './context';
import { containerStatuses, describePodLine, lastTermination, restartedRecently } from './pod-facts';

const finding = findingsOf('resources');
/** Memory use at or above this share of the limit is an OOM risk. */
export const MEMORY_NEAR_LIMIT_RATIO = 0.9;
/** Components whose restarts and crash loops other areas report (apiserver, dns). */
const REPORTED_ELSEWHERE = new Set(['kube-apiserver', 'coredns', 'kube-dns']);

function unboundedFindings(bucket: Bucket): Finding[] {
  // By workload and container.
  const unbounded = new GroupsByThree<{ kind: string; name: string; container: string; pods: number; gaps: 'both' | 'requests' | 'limit' }>();
  for (const f of bucket.pods) {
    if (!isLivePod(f)) continue;
    for (const c of containersOf(f.pod)) {
      const noRequests = Object.keys(c.resources?.requests ?? {}).length === 0;
      const noLimit = !c.resources?.limits?.memory;
      if (!noRequests && !noLimit) continue;
      const { kind, name } = f.workload;
      const container = c.name ?? '?';
      const entry = unbounded.at(kind, name, container, () => ({ kind, name, container, pods: 0, gaps: noRequests && noLimit ? 'both' : noRequests ? 'requests' : 'limit' }));
      entry.pods += 1;
    }
  }
  const seen = unbounded.groups;
  if (seen.length === 0) return [];
  const lines = seen.map((v) => say('finding.resources.unboundedLine', v));
  const first = bucket.pods.find(isLivePod)?.name;
  return [finding({
    id: `resources/unbounded:${bucket.id}`,
    severity: 'info',
    title: say('finding.resources.unbounded', { name: bucket.name, count: seen.length }),
    evidence: lines.slice(0, 8).concat(lines.length > 8 ? [say('finding.andMore', { count: lines.length - 8 })] : []),
    subject: subjects.component(bucket.id),
    nextSteps: [say('finding.resources.unboundedStep'), say('finding.resources.configureStep')],
    commands: first ? [`kubectl ${NS} get pod ${first} -o jsonpath='{range .spec.containers[*]}{.name}{": "}{.resources}{"\\n"}{end}'`] : [],
  })];
}

function memoryFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const metrics = context.podMetrics;
  const commands = [`kubectl ${NS} top pods --containers`];
  const what = say('finding.what.memory');
  if (!metrics) return [couldNotCheck('resources', 'memory', what, say('finding.resources.noPodMetrics'), commands)];
  if (!metrics.ok) return [couldNotCheck('resources', 'memory', what, say('finding.resources.podMetricsUnavailable', { message: metrics.message }), commands)];
  const pods = new Map(snapshot.pods.map((p) => [p?.metadata?.name ?? '', p]));
  const out: Finding[] = [];
  for (const usage of metrics.containers) {
    const container = containersOf(pods.get(usage.pod) ?? {}).find((c) => c.name === usage.container);
    const limit = parseQuantity(container?.resources?.limits?.memory);
    if (!limit || usage.memoryBytes < limit * MEMORY_NEAR_LIMIT_RATIO) continue;
    const percent = Math.round((usage.memoryBytes / limit) * 100);
    out.push(finding({
      id: `resources/memory-near-limit:${usage.pod}/${usage.container}`,
      severity: 'warning',
      title: say('finding.resources.memoryNearLimit', { pod: usage.pod, container: usage.container, percent }),
      evidence: [say('finding.resources.workingSet', { used: formatBytes(usage.memoryBytes), limit: formatBytes(limit), quantity: String(container?.resources?.limits?.memory), at: metrics.at })],
      subject: subjects.pod(usage.pod),
      nextSteps: [say('finding.resources.memoryStep')],
      commands: [...commands, `kubectl ${NS} describe pod ${usage.pod}`],
    }));
  }
  return out;
}

function isOomKilled(f: PodFacts): boolean {
  return containerStatuses(f.pod).some((c) => c.lastState?.terminated?.reason === 'OOMKilled' || c.state?.terminated?.reason === 'OOMKilled');
}

/** The pod's last termination as an evidence line, when it has one. */
function terminationLines(f: PodFacts): Message[] {
  const termination = lastTermination(f.pod);
  return termination ? [termination.line] : [];
}

const restartCommands = (f: PodFacts) => [`kubectl ${NS} describe pod ${f.name}`, `kubectl ${NS} logs ${f.name} --previous --tail=50`];

/** Termination lines and commands are written only for a pod that has a finding: at 5,000 nodes the others are 10,000. */
function restartFindings(bucket: Bucket, now: number): Finding[] {
  const out: Finding[] = [];
  for (const f of bucket.pods) {
    if (isOomKilled(f)) {
      const limits = joinMessages(containersOf(f.pod).map((c) => say('finding.resources.limit', { container: c.name ?? '?', limit: c.resources?.limits?.memory ?? 'none' })));
      out.push(finding({
        id: `resources/oom-killed:${f.name}`,
        severity: 'warning',
        title: say('finding.resources.oomKilled', { pod: f.name }),
        evidence: [describePodLine(f), ...terminationLines(f), limits],
        subject: subjects.pod(f.name),
        nextSteps: [say('finding.resources.oomStep')],
        commands: restartCommands(f),
      }));
    } else if (!REPORTED_ELSEWHERE.has(bucket.id) && !f.isJob && restartedRecently(f, now)) {
      out.push(finding({
        id: `resources/restarts:${f.name}`,
        severity: 'warning',
        title: say('finding.resources.restarts', { pod: f.name, restarts: f.restarts }),
        evidence: [describePodLine(f), ...terminationLines(f)],
        subject: subjects.pod(f.name),
        nextSteps: [say('finding.resources.restartsStep')],
        commands: restartCommands(f),
      }));
    }
  }
  return out;
}

/** Findings about kube-system resource use; see the module header. */
export function resourceFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const buckets = [...bucketsOf(snapshot).values()];
  return [
    ...buckets.flatMap((b) => restartFindings(b, context.now)),
    ...memoryFindings(snapshot, context),
    ...buckets.flatMap(unboundedFindings),
  ];
}
