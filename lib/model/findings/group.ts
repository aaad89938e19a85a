/**
 * Repeated findings of one rule as one: eleven "no memory limit" findings become one finding with its
 * list of eleven subjects, titled for the group. Pure; the group titles are written whole here.
 */
import type { Finding, FindingArea, Severity } from '@/lib/api/findings';

export interface FindingGroup {
  /** The rule (the finding id before `:`), or the finding's own id when it stands alone. */
  key: string;
  severity: Severity;
  area: FindingArea;
  title: string;
  /** One or more findings, in the order given. */
  findings: Finding[];
}

/** A group's title by rule, given how many findings it holds. */
const GROUP_TITLES: Record<string, (count: number) => string> = {
  'resources/unbounded': (n) => `${n} components run containers without requests or a memory limit`,
  'resources/memory-near-limit': (n) => `${n} containers are close to their memory limit`,
  'resources/oom-killed': (n) => `${n} pods had a container OOMKilled`,
  'resources/restarts': (n) => `${n} pods keep restarting`,
  'nodes/not-ready': (n) => `${n} nodes are NotReady`,
  'nodes/pressure': (n) => `${n} nodes report resource pressure`,
  'nodes/stale-heartbeat': (n) => `${n} nodes stopped renewing their heartbeat`,
  'nodes/coverage': (n) => `${n} DaemonSets do not cover every node`,
  'dns/crash-loop': (n) => `${n} DNS pods are crash-looping`,
  'dns/not-ready': (n) => `${n} DNS components have replicas not ready`,
  'apiserver/pod-not-ready': (n) => `${n} kube-apiserver pods are not ready`,
  'apiserver/pod-restarting': (n) => `${n} kube-apiserver pods restarted recently`,
  'control-plane/leader-lease-stale': (n) => `${n} leader Leases are not renewed`,
  'control-plane/missing': (n) => `${n} control-plane components are missing`,
};

/** The rule of a finding: its id before `:` (`resources/unbounded:calico` → `resources/unbounded`). */
export function ruleOf(finding: Pick<Finding, 'id'>): string {
  const colon = finding.id.indexOf(':');
  return colon < 0 ? finding.id : finding.id.slice(0, colon);
}

function groupTitle(rule: string, findings: readonly Finding[]): string {
  const titled = GROUP_TITLES[rule];
  if (titled) return titled(findings.length);
  return `${findings[0]!.title} (and ${findings.length - 1} more like it)`;
}

/**
 * Findings grouped by rule and severity, each group where its first finding stood (the order given is
 * kept: most severe first). A rule that fired once stays a group of one with the finding's own title.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const rule = ruleOf(finding);
    const key = `${finding.severity}:${rule}`;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { key: rule, severity: finding.severity, area: finding.area, title: finding.title, findings: [finding] });
  }
  return [...groups.values()].map((g) => (g.findings.length > 1 ? { ...g, title: groupTitle(g.key, g.findings) } : { ...g, key: g.findings[0]!.id }));
}
