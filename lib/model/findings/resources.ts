/**
 * Resource findings (the guide's "watch resources" caution): kube-system containers without requests
 * or a memory limit (one finding per component), memory near its limit (needs pod metrics), OOMKilled
 * terminations and recent restarts.
 */
import type { Finding } from '@/lib/api/findings';
import type { Bucket } from '../buckets';
import { isLivePod, type PodFacts } from '../pod-evidence';
import { formatBytes, parseQuantity } from '../quantity';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, containersOf, couldNotCheck, findingsOf, NS, subjects, type FindingsContext } from './context';
import { containerStatuses, describePodLine, lastTermination, restartedRecently } from './pod-facts';

const finding = findingsOf('resources');
/** Memory use at or above this share of the limit is an OOM risk. */
export const MEMORY_NEAR_LIMIT_RATIO = 0.9;
/** Components whose restarts and crash loops other areas report (apiserver, dns). */
const REPORTED_ELSEWHERE = new Set(['kube-apiserver', 'coredns', 'kube-dns']);

function unboundedFindings(bucket: Bucket): Finding[] {
  const seen = new Map<string, { pods: number; gaps: string[] }>();
  for (const f of bucket.pods) {
    if (!isLivePod(f)) continue;
    for (const c of containersOf(f.pod)) {
      const gaps = [
        Object.keys(c.resources?.requests ?? {}).length === 0 ? 'no requests' : '',
        c.resources?.limits?.memory ? '' : 'no memory limit',
      ].filter(Boolean);
      if (gaps.length === 0) continue;
      const key = `${f.workload.kind} ${f.workload.name}: container ${c.name}`;
      const entry = seen.get(key) ?? { pods: 0, gaps };
      entry.pods += 1;
      seen.set(key, entry);
    }
  }
  if (seen.size === 0) return [];
  const lines = [...seen].map(([key, v]) => `${key} (${v.pods} pod${v.pods === 1 ? '' : 's'}): ${v.gaps.join(', ')}`);
  const first = bucket.pods.find(isLivePod)?.name;
  return [finding({
    id: `resources/unbounded:${bucket.id}`,
    severity: 'info',
    title: `${bucket.name}: ${seen.size} container${seen.size === 1 ? '' : 's'} without requests or a memory limit`,
    evidence: lines.slice(0, 8).concat(lines.length > 8 ? [`and ${lines.length - 8} more`] : []),
    subject: subjects.component(bucket.id),
    nextSteps: [
      'Without requests the scheduler cannot reserve room for a system component; without a memory limit a leak can starve the node.',
      'Set them through the component\'s own configuration (its manifest, Helm values or add-on settings), not by editing kube-system objects by hand.',
    ],
    commands: first ? [`kubectl ${NS} get pod ${first} -o jsonpath='{range .spec.containers[*]}{.name}{": "}{.resources}{"\\n"}{end}'`] : [],
  })];
}

function memoryFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const metrics = context.podMetrics;
  const commands = [`kubectl ${NS} top pods --containers`];
  if (!metrics) return [couldNotCheck('resources', 'memory', 'memory use against limits', 'no pod metrics sampled yet (metrics.k8s.io)', commands)];
  if (!metrics.ok) return [couldNotCheck('resources', 'memory', 'memory use against limits', `pod metrics unavailable: ${metrics.message}`, commands)];
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
      title: `${usage.pod}/${usage.container} uses ${percent}% of its memory limit`,
      evidence: [`working set ${formatBytes(usage.memoryBytes)} of limit ${formatBytes(limit)} (${container?.resources?.limits?.memory}) at ${metrics.at}`],
      subject: subjects.pod(usage.pod),
      nextSteps: ['At its limit the container is OOMKilled; raise the limit through the component\'s configuration or find what grows.'],
      commands: [...commands, `kubectl ${NS} describe pod ${usage.pod}`],
    }));
  }
  return out;
}

function isOomKilled(f: PodFacts): boolean {
  return containerStatuses(f.pod).some((c) => c.lastState?.terminated?.reason === 'OOMKilled' || c.state?.terminated?.reason === 'OOMKilled');
}

function restartFindings(bucket: Bucket, now: number): Finding[] {
  const out: Finding[] = [];
  for (const f of bucket.pods) {
    const termination = lastTermination(f.pod, now);
    const commands = [`kubectl ${NS} describe pod ${f.name}`, `kubectl ${NS} logs ${f.name} --previous --tail=50`];
    if (isOomKilled(f)) {
      const limits = containersOf(f.pod).map((c) => `${c.name} memory limit ${c.resources?.limits?.memory ?? 'none'}`).join('; ');
      out.push(finding({
        id: `resources/oom-killed:${f.name}`,
        severity: 'warning',
        title: `${f.name} was OOMKilled`,
        evidence: [describePodLine(f), ...(termination ? [termination.line] : []), limits],
        subject: subjects.pod(f.name),
        nextSteps: ['The kernel killed the container at its memory limit (or the node ran out of memory); raise the limit or find the leak.'],
        commands,
      }));
    } else if (!REPORTED_ELSEWHERE.has(bucket.id) && !f.isJob && restartedRecently(f, now)) {
      out.push(finding({
        id: `resources/restarts:${f.name}`,
        severity: 'warning',
        title: `${f.name} restarted recently (${f.restarts} restart${f.restarts === 1 ? '' : 's'})`,
        evidence: [describePodLine(f), ...(termination ? [termination.line] : [])],
        subject: subjects.pod(f.name),
        nextSteps: ['Read the previous container\'s log for why it exited; a liveness probe failure shows in the pod\'s events.'],
        commands,
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
