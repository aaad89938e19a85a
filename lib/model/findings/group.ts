/**
 * Repeated findings of one rule as one: eleven "no memory limit" findings become one finding with its
 * list of eleven subjects, titled for the group. Pure; the group titles are messages (`finding.group.*`), with no
 * English text beside them: only the browser groups (/troubleshoot), and it renders them in the reader's language
 * without loading the English catalogue.
 */
import type { Finding, FindingArea, Severity } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import { say, type ModelMessageId } from '../say';

export interface FindingGroup {
  /** The rule (the finding id before `:`), or the finding's own id when it stands alone. */
  key: string;
  severity: Severity;
  area: FindingArea;
  titleMessage: Message;
  /** One or more findings, in the order given. */
  findings: Finding[];
}

/** A group's title message by rule; its value `count` is how many findings it holds. */
const GROUP_TITLES: Record<string, ModelMessageId> = {
  'resources/unbounded': 'finding.group.unbounded',
  'resources/memory-near-limit': 'finding.group.memoryNearLimit',
  'resources/oom-killed': 'finding.group.oomKilled',
  'resources/restarts': 'finding.group.restarts',
  'nodes/not-ready': 'finding.group.nodesNotReady',
  'nodes/pressure': 'finding.group.pressure',
  'nodes/stale-heartbeat': 'finding.group.staleHeartbeat',
  'nodes/coverage': 'finding.group.coverage',
  'dns/crash-loop': 'finding.group.dnsCrashLoop',
  'dns/not-ready': 'finding.group.dnsNotReady',
  'apiserver/pod-not-ready': 'finding.group.apiserverNotReady',
  'apiserver/pod-restarting': 'finding.group.apiserverRestarting',
  'control-plane/leader-lease-stale': 'finding.group.leaseStale',
  'control-plane/missing': 'finding.group.missing',
};

/** The rule of a finding: its id before `:` (`resources/unbounded:calico` → `resources/unbounded`). */
export function ruleOf(finding: Pick<Finding, 'id'>): string {
  const colon = finding.id.indexOf(':');
  return colon < 0 ? finding.id : finding.id.slice(0, colon);
}

function groupTitle(rule: string, findings: readonly Finding[]): Message {
  const titled = GROUP_TITLES[rule];
  if (titled) return say(titled, { count: findings.length });
  return say('finding.group.moreLikeIt', { title: findings[0]!.titleMessage, more: findings.length - 1 });
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
    else groups.set(key, { key: rule, severity: finding.severity, area: finding.area, titleMessage: finding.titleMessage, findings: [finding] });
  }
  return [...groups.values()].map((g) => {
    if (g.findings.length === 1) return { ...g, key: g.findings[0]!.id };
    const titleMessage = groupTitle(g.key, g.findings);
    return { ...g, titleMessage };
  });
}
